import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { JourneyProblem } from '../../model/types';
import type { JourneyLabels } from '../labels';

/** The readable panel shown instead of a map that cannot be drawn. */
export function ErrorPanel({ problems, labels }: { problems: readonly JourneyProblem[]; labels: JourneyLabels }) {
  const shown = problems.slice(0, 50);
  return (
    <div role="alert" className="jm-ErrorPanel">
      <p className="jm-ErrorPanel-title">{labels.errorTitle}</p>
      <p className="jm-ErrorPanel-intro">{labels.errorIntro(problems.length)}</p>
      <ul className="jm-ErrorPanel-list">
        {shown.map((p, i) => (
          <li key={i}>
            <code className="jm-ErrorPanel-path">{p.path === '' ? 'journey' : p.path}</code> {p.message}
          </li>
        ))}
        {problems.length > shown.length && <li>… {problems.length - shown.length}</li>}
      </ul>
    </div>
  );
}

interface BoundaryProps {
  /** What to show instead of the children once they have thrown. */
  fallback: (problems: readonly JourneyProblem[]) => ReactNode;
  /** Told about the failure, once. */
  onError?: (problems: readonly JourneyProblem[]) => void;
  /** When this changes, the boundary tries its children again. */
  resetKey: unknown;
  children: ReactNode;
}

interface BoundaryState {
  problems: JourneyProblem[] | null;
  resetKey: unknown;
}

/** A thrown value as the one problem a boundary reports. */
const thrown = (error: unknown): JourneyProblem[] => [{ path: '', message: error instanceof Error ? error.message : String(error) }];

/** Catches anything a render throws, so a bug or odd data never takes the host page down. */
export class MapErrorBoundary extends Component<BoundaryProps, BoundaryState> {
  // Not a class field, which the es2020 build would compile to a helper call.
  constructor(props: BoundaryProps) {
    super(props);
    this.state = { problems: null, resetKey: props.resetKey };
  }

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { problems: thrown(error) };
  }

  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.resetKey !== state.resetKey ? { problems: null, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo) {
    this.props.onError?.(thrown(error));
  }

  override render() {
    return this.state.problems ? this.props.fallback(this.state.problems) : this.props.children;
  }
}
