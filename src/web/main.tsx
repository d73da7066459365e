import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { formatSek } from '../domain/money.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <main><h1>Redovisa</h1><p>{formatSek(262683700)}</p></main>
  </StrictMode>,
);
