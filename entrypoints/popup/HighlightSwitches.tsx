/**
 * Switches for on-page highlighting, in one row: on the site the popup was opened on, and
 * everywhere.
 */
import type { Settings } from '../../utils/settings.ts';
import { Switch } from '../../components/controls.tsx';
import { useT } from '../../components/lang.ts';

interface Props {
  readonly settings: Settings;
  readonly update: (change: Partial<Settings>) => void;
  readonly host: string | undefined;
}

export function HighlightSwitches({ settings, update, host }: Props) {
  const tr = useT();
  const siteOn = host !== undefined && !settings.disabledSites.includes(host);
  const everywhere = (
    <Switch
      class="switch"
      checked={settings.highlight}
      label={host === undefined ? undefined : tr('highlightEverywhereFull')}
      onChange={(highlight) => update({ highlight })}
    >
      {host === undefined ? tr('highlightAll') : tr('highlightEverywhere')}
    </Switch>
  );
  if (host === undefined) return <div class="switches">{everywhere}</div>;
  // Short visible labels after one "Highlight:"; each switch's name says it in full.
  return (
    <div class="switches">
      <span class="switches-label" aria-hidden="true">
        {tr('highlightLabel')}
      </span>
      <Switch
        class="switch site-switch"
        checked={siteOn}
        disabled={!settings.highlight}
        label={tr('highlightSite', host)}
        onChange={(on) => {
          const others = settings.disabledSites.filter((s) => s !== host);
          update({ disabledSites: on ? others : [...others, host] });
        }}
      >
        {host}
      </Switch>
      {everywhere}
    </div>
  );
}
