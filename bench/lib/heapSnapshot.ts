// The heap split by a V8 heap snapshot: compiled code apart from everything else. The reload test
// asks whether reloading leaks; compiled code is not a leak (V8 compiles and optimises more of the
// program as it runs again, up to the program's size), and Runtime.getHeapUsage counts it in.
import type { CDPSession } from '@playwright/test';

/** The part of V8's heap snapshot JSON the split reads. */
export interface HeapSnapshotJson {
  snapshot: { meta: { node_fields: string[]; node_types: unknown[] } };
  nodes: number[];
}

export interface HeapSplit {
  /** Bytecode, machine code and feedback: the snapshot's nodes of type "code", in MB. */
  codeMb: number;
  /** Every other node (JS objects, strings, DOM and other native objects), in MB. */
  objectsMb: number;
}

const MB = 1024 * 1024;

/** Sums the own sizes of the snapshot's nodes: those of type "code", and the rest. */
export function splitHeap(json: HeapSnapshotJson): HeapSplit {
  const { node_fields: fields, node_types: nodeTypes } = json.snapshot.meta;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const typeNames = nodeTypes[typeAt];
  if (typeAt < 0 || sizeAt < 0 || !Array.isArray(typeNames))
    throw new Error('the heap snapshot has no node types or sizes');
  const codeType = typeNames.indexOf('code');
  let code = 0;
  let other = 0;
  for (let i = 0; i < json.nodes.length; i += width) {
    const size = json.nodes[i + sizeAt]!;
    if (json.nodes[i + typeAt] === codeType) code += size;
    else other += size;
  }
  return { codeMb: code / MB, objectsMb: other / MB };
}

/** Takes a heap snapshot of the page after garbage collection and splits it. */
export async function heapSplitOf(cdp: CDPSession): Promise<HeapSplit> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return splitHeap(JSON.parse(chunks.join('')) as HeapSnapshotJson);
}
