import { useId, useState, type FormEvent } from 'react';

export type ShareResult = { ok: true; text: string; note: string } | { ok: false; message: string };

/** What the Share part of the Export menu asks of the app. */
export interface ShareActions {
  /** The link to the app with the dataset and the view in its hash, or why there is none. */
  linkWithData: () => Promise<ShareResult>;
  /** The address of the hosted file the dataset on screen came from (a `?data=` link), if any. */
  hostedAddress: () => string | null;
  /** The iframe snippet that shows the hosted file at `address` in this view. */
  embedCode: (address: string) => Promise<ShareResult>;
}

type Shared = { label: string; text: string; message: string } | null;

async function copied(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false; // no clipboard here (an insecure page, a refusal): the field below has it
  }
}

/**
 * "Copy link with data" and "Copy embed code": each copies its text to the clipboard and shows it
 * in a field too, to read or copy by hand. The embed needs the address of a hosted file: that of
 * the `?data=` link the dataset came from, else the one the user gives.
 */
export function ShareSection({ actions }: { actions: ShareActions }) {
  const [shared, setShared] = useState<Shared>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [address, setAddress] = useState('');
  const fieldId = useId();

  const show = (label: string, result: ShareResult) => {
    if (!result.ok) {
      setShared(null);
      setProblem(result.message);
      return;
    }
    setProblem(null);
    const { text, note } = result;
    // Shown at once; the clipboard may take a moment, or never answer.
    setShared({ label, text, message: note });
    void copied(text).then((onClipboard) =>
      setShared((current) =>
        current?.text === text
          ? {
              ...current,
              message: `${onClipboard ? 'Copied.' : 'Copy it from the field below.'} ${note}`,
            }
          : current,
      ),
    );
  };

  const copyLink = async () => {
    setAsking(false);
    setBusy(true);
    try {
      show('Link with data', await actions.linkWithData());
    } catch (error) {
      setShared(null);
      setProblem(`No link: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const copyEmbed = async () => {
    const hosted = actions.hostedAddress();
    if (hosted === null) {
      setShared(null);
      setProblem(null);
      setAsking(true);
      return;
    }
    show('Embed code', await actions.embedCode(hosted));
  };

  const submitAddress = async (event: FormEvent) => {
    event.preventDefault();
    show('Embed code', await actions.embedCode(address));
  };

  return (
    <div className="share-section">
      <p className="export-items-title">Share</p>
      <button type="button" className="export-item" disabled={busy} onClick={() => void copyLink()}>
        Copy link with data
        <span className="export-item-hint" aria-hidden="true">
          data and view in the address
        </span>
      </button>
      <button type="button" className="export-item" onClick={() => void copyEmbed()}>
        Copy embed code
        <span className="export-item-hint" aria-hidden="true">
          iframe of a hosted file
        </span>
      </button>
      {asking && (
        <form className="share-address" onSubmit={(event) => void submitAddress(event)}>
          <p className="share-explain">
            An embed reads its data from a file online. Export JSON, put the file where other sites
            may read it (a server that allows it by CORS, such as GitHub Pages or a gist&rsquo;s raw
            address), and give its address:
          </p>
          <label htmlFor={`${fieldId}-address`}>Address of the hosted dataset</label>
          <div className="share-address-row">
            <input
              // Asked for by the button just pressed: the typing goes here.
              autoFocus
              id={`${fieldId}-address`}
              type="url"
              inputMode="url"
              placeholder="https://…/dataset.json"
              value={address}
              onChange={(event) => setAddress(event.target.value)}
            />
            <button type="submit" className="button">
              Make embed code
            </button>
          </div>
        </form>
      )}
      {shared && (
        <div className="share-result">
          <label htmlFor={`${fieldId}-text`}>{shared.label}</label>
          <textarea
            id={`${fieldId}-text`}
            readOnly
            rows={3}
            value={shared.text}
            onFocus={(event) => event.target.select()}
          />
        </div>
      )}
      <p className={problem ? 'export-message export-error' : 'export-message'} aria-live="polite">
        {problem ?? shared?.message ?? ''}
      </p>
    </div>
  );
}
