// The exported standalone page: the explorer, read-only, on the data written into the page.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppFrame } from '../AppFrame';
import { startStandalone } from './startStandalone';
import '../styles.css';
import './standalone.css';

void startStandalone();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppFrame
      readOnly
      headerEnd={<p className="standalone-note">Read-only page made with Stancegraph</p>}
    />
  </StrictMode>,
);
