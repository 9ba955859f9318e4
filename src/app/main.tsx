import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import EmbedApp from './embed/EmbedApp';
import { startEmbed } from './embed/startEmbed';
import { startApp } from './startup';
import './styles.css';

// `?embed`: the app inside another page's iframe, graph only.
const embedded = new URLSearchParams(window.location.search).has('embed');

void (embedded ? startEmbed() : startApp());
createRoot(document.getElementById('root')!).render(
  <StrictMode>{embedded ? <EmbedApp /> : <App />}</StrictMode>,
);
