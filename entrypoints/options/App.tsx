/**
 * Settings: language, highlighting, sensitivity, sites where highlighting is off, tooltip delay,
 * and when the toolbar icon shows the page's status.
 */
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../utils/i18n.ts';
import type { BadgeMode, LanguageSetting, Sensitivity, Settings } from '../../utils/settings.ts';
import { Choices, Switch } from '../../components/controls.tsx';
import { useT } from '../../components/lang.ts';
import { SitesField } from './SitesField.tsx';

interface Props {
  readonly initial: Settings;
  readonly save: (change: Partial<Settings>) => Promise<Settings>;
}

const BADGE_CHOICES = [
  ['auto', 'badgeAuto'],
  ['always', 'badgeAlways'],
  ['never', 'badgeNever'],
] as const satisfies readonly (readonly [BadgeMode, MessageKey])[];

export function OptionsApp({ initial, save }: Props) {
  const tr = useT();
  const [settings, setSettings] = useState(initial);
  const [status, setStatus] = useState('');
  const update = async (change: Partial<Settings>) => {
    setSettings(await save(change));
    setStatus(tr('saved'));
  };

  return (
    <main class="options">
      <h1>{tr('optionsTitle')}</h1>
      <fieldset>
        <legend>{tr('optionLanguage')}</legend>
        <Choices<LanguageSetting>
          name="language"
          choices={[
            ['auto', tr('languageAuto')],
            ['ko', '한국어'],
            ['en', 'English'],
          ]}
          value={settings.language}
          onChange={(language) => void update({ language })}
        />
      </fieldset>
      <fieldset>
        <legend>{tr('optionHighlight')}</legend>
        <Switch
          class="choice"
          checked={settings.highlight}
          onChange={(highlight) => void update({ highlight })}
        >
          {tr('highlightAll')}
        </Switch>
      </fieldset>
      <fieldset disabled={!settings.highlight}>
        <legend>{tr('optionSensitivity')}</legend>
        <Choices<Sensitivity>
          name="sensitivity"
          choices={[
            ['balanced', tr('sensitivityBalanced')],
            ['strict', tr('sensitivityStrict')],
          ]}
          value={settings.sensitivity}
          onChange={(sensitivity) => void update({ sensitivity })}
        />
      </fieldset>
      <SitesField
        sites={settings.disabledSites}
        disabled={!settings.highlight}
        onChange={(disabledSites) => void update({ disabledSites })}
      />
      <fieldset disabled={!settings.highlight}>
        <legend>{tr('optionTooltipDelay')}</legend>
        <label class="choice">
          <input
            type="range"
            aria-label={tr('optionTooltipDelay')}
            min={0}
            max={1500}
            step={50}
            value={settings.tooltipDelay}
            aria-valuetext={tr('milliseconds', settings.tooltipDelay)}
            onChange={(e) => void update({ tooltipDelay: Number(e.currentTarget.value) })}
          />
          <output>{tr('milliseconds', settings.tooltipDelay)}</output>
        </label>
      </fieldset>
      <fieldset>
        <legend>{tr('optionBadge')}</legend>
        <Choices<BadgeMode>
          name="badge"
          choices={BADGE_CHOICES.map(([value, key]) => [value, tr(key)] as const)}
          value={settings.badge}
          onChange={(badge) => void update({ badge })}
        />
      </fieldset>
      <p class="status" role="status">
        {status}
      </p>
    </main>
  );
}
