import { useStore } from '../../store/store';

/** A quiet note when the browser cannot keep the dataset (storage full or unavailable). */
export function StorageNotice() {
  const notice = useStore((s) => s.notice);
  const setNotice = useStore((s) => s.setNotice);
  if (!notice) return null;
  return (
    <p className="storage-notice" aria-live="polite">
      {notice}{' '}
      <button type="button" className="link-button" onClick={() => setNotice(null)}>
        Hide
      </button>
    </p>
  );
}
