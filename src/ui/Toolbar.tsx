import { memo } from 'react';
import { selectChangeCount } from '../scenarios/selectors';
import { useScenario, useScenarioStore } from '../scenarios/useScenario';
import { VIEW_MODES, type ViewMode } from './grid/cellDisplay';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl+';

/** Plan, scenario or difference; undo and redo; back to the plan. */
export const Toolbar = memo(function Toolbar({
  mode,
  onMode,
}: {
  mode: ViewMode;
  onMode: (mode: ViewMode) => void;
}) {
  const store = useScenarioStore();
  const canUndo = useScenario((state) => state.canUndo);
  const canRedo = useScenario((state) => state.canRedo);
  const changeCount = useScenario(selectChangeCount);
  return (
    <div className="toolbar">
      <fieldset className="mode-switch">
        <legend>Visa</legend>
        {VIEW_MODES.map((option) => (
          <label key={option.id} className={option.id === mode ? 'selected' : undefined}>
            <input
              type="radio"
              name="visningslage"
              value={option.id}
              checked={option.id === mode}
              onChange={() => onMode(option.id)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className="toolbar-actions">
        <button
          type="button"
          disabled={!canUndo}
          title={`Ångra (${MOD}Z)`}
          aria-keyshortcuts="Control+Z Meta+Z"
          onClick={() => store.dispatch({ type: 'scenario/undo' })}
        >
          Ångra
        </button>
        <button
          type="button"
          disabled={!canRedo}
          title={`Gör om (${MOD}${isMac ? '⇧Z' : 'Y'})`}
          aria-keyshortcuts="Control+Y Meta+Shift+Z"
          onClick={() => store.dispatch({ type: 'scenario/redo' })}
        >
          Gör om
        </button>
        <button
          type="button"
          disabled={changeCount === 0}
          title="Ta bort scenariots alla ändringar (går att ångra)"
          onClick={() => store.dispatch({ type: 'scenario/resetToPlan' })}
        >
          Till planen
        </button>
      </div>
    </div>
  );
});
