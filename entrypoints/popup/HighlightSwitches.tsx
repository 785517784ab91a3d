/** Switches for on-page highlighting: everywhere, and on the site the popup was opened on. */
import { useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings.ts';
import { Switch } from '../../components/controls.tsx';
import { useT } from '../../components/lang.ts';

interface Props {
  readonly settings: Settings;
  readonly save: (change: Partial<Settings>) => Promise<Settings>;
  readonly host: string | undefined;
}

export function HighlightSwitches({ settings: initial, save, host }: Props) {
  const tr = useT();
  const [settings, setSettings] = useState(initial);
  const update = async (change: Partial<Settings>) => setSettings(await save(change));
  const siteOn = host !== undefined && !settings.disabledSites.includes(host);
  return (
    <footer class="switches">
      <Switch
        class="switch"
        checked={settings.highlight}
        onChange={(highlight) => void update({ highlight })}
      >
        {tr('highlightAll')}
      </Switch>
      {host !== undefined && (
        <Switch
          class="switch"
          checked={siteOn}
          disabled={!settings.highlight}
          onChange={(on) => {
            const others = settings.disabledSites.filter((s) => s !== host);
            void update({ disabledSites: on ? others : [...others, host] });
          }}
        >
          {tr('highlightSite', host)}
        </Switch>
      )}
      <a class="settings-link" href="/options.html" target="_blank" rel="noreferrer">
        {tr('settings')}
      </a>
    </footer>
  );
}
