import { useStore } from '../../store/store';

/**
 * The Timeline button beside the status line, on a narrow screen only: there the graph takes the
 * screen, and the timeline opens below it from here (a wide screen always shows it).
 */
export function TimelineToggle() {
  const open = useStore((s) => s.timelineOpen);
  const setOpen = useStore((s) => s.setTimelineOpen);
  return (
    <button
      type="button"
      className="button timeline-toggle"
      aria-pressed={open}
      aria-controls="timeline"
      onClick={() => setOpen(!open)}
    >
      Timeline
    </button>
  );
}
