import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { connectToHost } from './app/host-client';
import './app/app.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
const root = createRoot(container);
const host = connectToHost();
root.render(
  <StrictMode>
    <App host={host} />
  </StrictMode>,
);
