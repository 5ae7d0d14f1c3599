import { Component, lazy, Suspense, type ReactNode } from 'react';

/** The Ny plan page is its own chunk: fetched when a user opens it, never part of the initial script. */
const NewPlanPage = lazy(() => import('./NewPlanPage').then((module) => ({ default: module.NewPlanPage })));

type Props = { readonly onClose: () => void };

/** A chunk that fails to load (offline before the first visit, a new deployment) says so and leads back. */
class NewPlanBoundary extends Component<Props & { children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <main className="new-plan" role="alert">
        <p>Sidan Ny plan kunde inte laddas. Kontrollera nätverket och försök igen.</p>
        <button type="button" onClick={this.props.onClose}>
          Tillbaka till planen
        </button>
      </main>
    ) : (
      this.props.children
    );
  }
}

export const LazyNewPlanPage = ({ onClose }: Props) => (
  <NewPlanBoundary onClose={onClose}>
    <Suspense
      fallback={
        <main className="new-plan" role="status">
          Öppnar Ny plan…
        </main>
      }
    >
      <NewPlanPage onClose={onClose} />
    </Suspense>
  </NewPlanBoundary>
);
