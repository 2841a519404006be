import { MediationFinder } from '@mediation-finder/widget';
import type {} from '@mediation-finder/widget/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

MediationFinder.dataUrl = '/mediation-finder-data/';

/** React 19: `limit` set as a property, `postal-code` as an attribute, the finder's event as a prop. */
function App() {
  const [count, setCount] = useState<number | null>(null);
  return (
    <>
      <mediation-finder
        procedure="ameli-compte"
        postal-code="13001"
        difficulty="learn"
        limit={3}
        onmediation-finder-orient={(event) => setCount(event.detail.results.length)}
      />
      {count !== null && <p id="count">{count} lieux</p>}
    </>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(<App />);
