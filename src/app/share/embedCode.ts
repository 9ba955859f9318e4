/** Returns text safe inside a double-quoted HTML attribute. */
function attribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The embedded app's address: the app at `appUrl` showing the file at `dataAddress`, in a view. */
export function embedAddress(appUrl: string, dataAddress: string, viewHash: string): string {
  const app = new URL(appUrl);
  const query = `?embed&data=${encodeURIComponent(dataAddress)}`;
  return `${app.origin}${app.pathname}${query}${viewHash ? `#${viewHash}` : ''}`;
}

/**
 * Returns the HTML that embeds the app showing a hosted dataset in a view: an iframe, its title
 * (for screen readers) the dataset's, every value escaped for its attribute.
 */
export function embedSnippet({
  appUrl,
  dataAddress,
  viewHash,
  title,
}: {
  appUrl: string;
  dataAddress: string;
  viewHash: string;
  title: string | undefined;
}): string {
  const src = embedAddress(appUrl, dataAddress, viewHash);
  const name = title ? `${title} (Stancegraph)` : 'Stancegraph';
  return `<iframe src="${attribute(src)}" title="${attribute(name)}" width="100%" height="560" style="border: 1px solid #dcdcd6" loading="lazy"></iframe>`;
}
