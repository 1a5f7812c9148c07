import type { OpportunityStatus } from '../../model/types';
import { OPPORTUNITY_STATUSES } from '../../model/types';
import type { MatrixFilter } from '../../layout/matrix';
import type { JourneyLabels } from '../../components/labels';
import type { ViewLabels } from '../labels';

const ALL = '';
const NONE = '\u0000none';

/** The matrix's status check boxes and owner menu; a status or owner filter left wide open is left out of the filter. */
export function MatrixFilters({
  statuses,
  owners,
  allOwners,
  unowned,
  onChange,
  labels,
  text,
  idPrefix,
}: {
  statuses: readonly OpportunityStatus[] | undefined;
  owners: readonly (string | null)[] | undefined;
  allOwners: readonly string[];
  unowned: boolean;
  onChange: (filter: MatrixFilter) => void;
  labels: JourneyLabels;
  text: ViewLabels;
  idPrefix: string;
}) {
  const checked = new Set(statuses ?? OPPORTUNITY_STATUSES);
  const toggle = (status: OpportunityStatus) => {
    const next = OPPORTUNITY_STATUSES.filter((s) => (s === status ? !checked.has(s) : checked.has(s)));
    onChange({ ...(next.length < OPPORTUNITY_STATUSES.length && { statuses: next }), ...(owners && { owners }) });
  };
  const owner = owners?.length === 1 ? (owners[0] ?? NONE) : ALL;
  const pickOwner = (value: string) => {
    const picked = value === ALL ? undefined : [value === NONE ? null : value];
    onChange({ ...(statuses && { statuses }), ...(picked && { owners: picked }) });
  };
  return (
    <div className="jm-OpportunityMatrix-filters">
      <fieldset className="jm-OpportunityMatrix-statuses">
        <legend>{text.statusFilter}</legend>
        {OPPORTUNITY_STATUSES.map((status) => (
          <label key={status} className="jm-OpportunityMatrix-status" data-status={status}>
            <input type="checkbox" checked={checked.has(status)} onChange={() => toggle(status)} />
            {labels.statuses[status]}
          </label>
        ))}
      </fieldset>
      <label className="jm-OpportunityMatrix-owner" htmlFor={`${idPrefix}-owner`}>
        {text.ownerFilter}
      </label>
      <select id={`${idPrefix}-owner`} value={owner} onChange={(e) => pickOwner(e.target.value)}>
        <option value={ALL}>{text.allOwners}</option>
        {allOwners.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
        {unowned && <option value={NONE}>{text.unowned}</option>}
      </select>
    </div>
  );
}
