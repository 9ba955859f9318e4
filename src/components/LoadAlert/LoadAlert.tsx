import { useStore } from '../../store/store';
import { downloadFile } from '../download';
import { OPEN_DATASET_INPUT_ID } from '../OpenDataset/OpenDataset';
import './LoadAlert.css';

/** How many problems are listed; a file with thousands would bury the page. */
export const SHOWN_PROBLEMS = 50;

/** Every problem of a file that could not be opened, by place; the loaded dataset stays. */
export function LoadAlert() {
  const failure = useStore((s) => s.loadFailure);
  const dismiss = useStore((s) => s.dismissLoadFailure);
  const datasetShown = useStore((s) => s.index !== null);
  if (!failure) return null;
  const { title, problems, unopened } = failure;
  const hidden = problems.length - SHOWN_PROBLEMS;
  return (
    <div role="alert" className="load-alert">
      <div className="load-alert-head">
        <strong>{title}</strong>
        <span className="load-alert-count">
          {problems.length === 1
            ? '1 problem'
            : `${problems.length.toLocaleString('en-US')} problems`}
          {datasetShown ? ' · the dataset on screen is unchanged' : ' · no dataset is shown'}
        </span>
        <button
          type="button"
          className="button"
          onClick={() => {
            dismiss();
            // The alert goes with its button: the focus goes to where another file is opened.
            document.getElementById(OPEN_DATASET_INPUT_ID)?.focus();
          }}
        >
          Dismiss
        </button>
      </div>
      {unopened && (
        // Above the list, which may scroll: the one copy of what could not be opened.
        <p className="load-alert-keep">
          Nothing else holds it now:{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => downloadFile(unopened.text, unopened.name, 'application/json')}
          >
            Download {unopened.name}
          </button>
          , fix it, and open it again.
        </p>
      )}
      <ul className="load-alert-problems">
        {problems.slice(0, SHOWN_PROBLEMS).map((problem, i) => (
          <li key={i}>
            {problem.path !== '' && <code className="load-alert-path">{problem.path}</code>}
            <span>{problem.message}</span>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className="load-alert-more">and {hidden.toLocaleString('en-US')} more</p>}
    </div>
  );
}
