import { useEffect, useState } from 'react';
import './DropZone.css';

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false;
}

/** Lets a file be dropped anywhere on the window, and says so while one is dragged over it. */
export function DropZone({ onDropFile }: { onDropFile: (file: File) => void }) {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element crossed; counting them tells when the
    // pointer really left the window.
    let depth = 0;
    const onEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const onLeave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onOver = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault(); // allows the drop
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // the browser would otherwise navigate to the file
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) onDropFile(file);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [onDropFile]);

  if (!dragging) return null;
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>
        Drop a file to open it: stancegraph or Cytoscape JSON, GEXF, GraphML, DNA, CSV, TSV or XLSX
      </p>
    </div>
  );
}
