import { useStore } from '../../store/store';
import './LoadProgress.css';

const PHASE_TEXT = { reading: 'Reading', validating: 'Checking' } as const;

/** Says what is being opened while the worker reads and checks it; the page stays usable. */
export function LoadProgress() {
  const loading = useStore((s) => s.loading);
  if (!loading) return null;
  const text = `${PHASE_TEXT[loading.phase]} ${loading.label}…`;
  return (
    <div className="load-progress">
      <progress aria-label={`Opening ${loading.label}`} />
      <span>{text}</span>
    </div>
  );
}
