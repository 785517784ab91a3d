/**
 * Which sites a frame belongs to, for the "off on this site" switch: its own host and those of
 * the pages around it, up to the top-level page. A site switched off covers the frames from
 * other hosts inside it (an embedded player, a comment widget), which read their own host only.
 */
import { highlightsOn, type Settings } from '../settings.ts';

/** The host of an origin (`https://a.example:8443` → `a.example:8443`); none for an opaque one. */
function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host || undefined;
  } catch {
    return undefined;
  }
}

/**
 * This frame's host, then its ancestors' up to the top. `location.ancestorOrigins` (Chromium;
 * Firefox 153 ESR has it too) names every ancestor without a round trip, except one that hides
 * itself with `referrerpolicy="no-referrer"` (`null`). Without it, the ancestors of the same
 * origin are read directly, and a cross-origin one ends the list.
 */
export function framingHosts(win: Window): string[] {
  const hosts = [win.location.host];
  if (win === win.top) return hosts;
  const ancestors = win.location.ancestorOrigins as DOMStringList | undefined;
  if (ancestors) {
    for (let i = 0; i < ancestors.length; i++) {
      const host = hostOf(ancestors.item(i) ?? '');
      if (host) hosts.push(host);
    }
    return hosts;
  }
  for (let w = win; w !== w.parent; w = w.parent) {
    try {
      hosts.push(w.parent.location.host);
    } catch {
      break;
    }
  }
  return hosts;
}

/**
 * Whether this frame is highlighted: highlighting on, and switched off neither on its own site
 * nor on any page around it. The ancestors are looked up only when some site is switched off.
 */
export function highlightsHere(settings: Settings, win: Window): boolean {
  if (settings.disabledSites.length === 0) return settings.highlight;
  return framingHosts(win).every((host) => highlightsOn(settings, host));
}
