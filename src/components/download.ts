/** Hands a file to the browser as a download under its name. */
export function downloadFile(data: Blob | string, name: string, type: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started once click() returns; the URL is not needed after that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
