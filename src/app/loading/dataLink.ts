import { linkDataOf } from '../share/linkData';
import { openLinkData, openUrl, type Restored } from './openDataset';

/** A dataset an address brings: a hosted file (`?data=<url>`) or the data itself (hash `data=`). */
export type DataLink = { kind: 'address'; url: string } | { kind: 'packed'; payload: string };

/** The dataset the page's address brings, or null when it brings none. */
export function dataLinkOf(location: Pick<Location, 'search' | 'hash'>): DataLink | null {
  const url = new URLSearchParams(location.search).get('data');
  if (url !== null) return { kind: 'address', url };
  const payload = linkDataOf(location.hash);
  return payload === null ? null : { kind: 'packed', payload };
}

/** Opens the dataset of a link, in the view `restored` names; resolves to whether it loaded. */
export function openDataLink(link: DataLink, restored: Restored): Promise<boolean> {
  return link.kind === 'address'
    ? openUrl(link.url, restored)
    : openLinkData(link.payload, restored);
}
