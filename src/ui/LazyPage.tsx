import { Component, lazy, Suspense, type ReactNode } from 'react';
import type { PageId } from './usePageRoute';

// Each page is its own chunk: fetched when a user opens it, never part of the initial script.
const NewPlanPage = lazy(() =>
  import('./newplan/NewPlanPage').then((module) => ({ default: module.NewPlanPage })),
);
const PlanVersionsPage = lazy(() =>
  import('./revisions/PlanVersionsPage').then((module) => ({ default: module.PlanVersionsPage })),
);

const NAMES: Readonly<Record<PageId, string>> = {
  'ny-plan': 'Ny plan',
  planversioner: 'Planens versioner',
};

type Props = { readonly page: PageId; readonly onClose: () => void };

/** A chunk that fails to load (offline before the first visit, a new deployment) says so and leads back. */
class PageBoundary extends Component<Props & { children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <main className="new-plan" role="alert">
        <p>Sidan {NAMES[this.props.page]} kunde inte laddas. Kontrollera nätverket och försök igen.</p>
        <button type="button" onClick={this.props.onClose}>
          Tillbaka till planen
        </button>
      </main>
    ) : (
      this.props.children
    );
  }
}

/** A whole-screen page, loaded when opened. */
export const LazyPage = ({ page, onClose }: Props) => (
  <PageBoundary page={page} onClose={onClose}>
    <Suspense
      fallback={
        <main className="new-plan" role="status">
          Öppnar {NAMES[page]}…
        </main>
      }
    >
      {page === 'ny-plan' ? <NewPlanPage onClose={onClose} /> : <PlanVersionsPage onClose={onClose} />}
    </Suspense>
  </PageBoundary>
);
