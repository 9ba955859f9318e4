import type { DrawProgress } from '../../model/view';
import { useStore } from '../../store/store';
import './LoadProgress.css';

const PHASE_TEXT = { reading: 'Reading', validating: 'Checking' } as const;

const count = (n: number) => n.toLocaleString('en-US');

/** What a large drawing under way says: how many elements are in, or that it is being laid out. */
function drawingText(progress: DrawProgress): string {
  return progress.stage === 'drawing'
    ? `Drawing the graph: ${count(progress.done)} of ${count(progress.total)} elements…`
    : `Laying out ${count(progress.total)} nodes…`;
}

/**
 * Says what is being opened while the worker reads and checks it, then how far a large graph's
 * drawing has come (its elements come in slices, its layout is worked out off the page); the page
 * stays usable throughout.
 */
export function LoadProgress() {
  const loading = useStore((s) => s.loading);
  const drawing = useStore((s) => s.drawProgress);
  if (loading) {
    const text = `${PHASE_TEXT[loading.phase]} ${loading.label}…`;
    return (
      <div className="load-progress">
        <progress aria-label={`Opening ${loading.label}`} />
        <span>{text}</span>
      </div>
    );
  }
  if (!drawing) return null;
  return (
    <div className="load-progress">
      {drawing.stage === 'drawing' ? (
        <progress aria-label="Drawing the graph" value={drawing.done} max={drawing.total} />
      ) : (
        <progress aria-label="Laying out the graph" />
      )}
      <span>{drawingText(drawing)}</span>
    </div>
  );
}
