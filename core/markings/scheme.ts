/**
 * A marking scheme as data: its levels in order, its controls, how marks are written and
 * whether portions must carry them. The built-in schemes (builtin-schemes.ts) and an
 * organisation's own (custom-scheme.ts) have this one shape; nothing below the parsers
 * knows which scheme it is working with.
 */

/** Whether every portion must carry a mark: always, as soon as one does (CUI), or never. */
export type PortionMarkRule = 'required' | 'if-any' | 'optional';

/** How banners are drawn: classification banners centred and bold; TLP labels right-aligned, coloured on black. */
export type BannerStyle = 'classification' | 'tlp';

export interface MarkingLevel {
  /** What the document stores as its level and the level's name in code: `S`, `OFFICIAL`, `TLP:AMBER`. */
  id: string;
  /** Written inside a portion mark: `S` in `(S//NF)`. */
  portion: string;
  /** Written in the banner: `SECRET`. */
  banner: string;
  /** Other spellings read as this level (upper case): `SECRET`, `AMBER`. */
  aliases: readonly string[];
  /** The banner's text colour as RRGGBB (TLP labels), or null for the writer's default. */
  color: string | null;
  /** A document at this level must mark every portion (US classified levels). */
  requiresPortionMarks: boolean;
}

/** A country list a control carries (`REL TO USA, GBR`) and how it rolls up. */
export interface CountryList {
  /** Always written first, then the others in alphabetical order (`USA` for US releasability). */
  first: string;
  /** The control a banner takes instead when the portions share no country besides `first` (NOFORN). */
  whenNoneShared: string;
}

export interface MarkingControl {
  /** The control's name in code and in `DocumentMarking.controls`: `NF`, `REL`. */
  id: string;
  portion: string;
  banner: string;
  aliases: readonly string[];
  /** Controls of one group are written together (`ORCON/NOFORN`); groups in ascending order, each after the separator. */
  group: number;
  /** The levels it may be used with; empty for any level. A control not allowed at the banner's level drops out of it. */
  levels: readonly string[];
  /** Joined onto the level with a hyphen (`OFFICIAL-SENSITIVE`) instead of after the separator. */
  attached: boolean;
  countries: CountryList | null;
  /** Controls this one makes redundant in a banner (NOFORN overrides REL TO). */
  overrides: readonly string[];
}

export interface MarkingScheme {
  /** What `DocumentMarking.scheme` holds: `us`, `uk`, `nato`, `tlp`, `none`, or a custom scheme's id. */
  id: string;
  name: string;
  style: BannerStyle;
  /** Lowest first. */
  levels: readonly MarkingLevel[];
  /** In the order they are written within their group. */
  controls: readonly MarkingControl[];
  portionMarks: PortionMarkRule;
  /** Between the level and the first group of controls, and between groups: `//` in `SECRET//SI//NOFORN`. */
  groupSeparator: string;
  /** Between controls of one group: `/` in `ORCON/NOFORN`. */
  controlSeparator: string;
}

/** A control as a mark carries it: its id, and its countries when it takes a list. */
export interface MarkControl {
  id: string;
  countries: readonly string[];
}

/**
 * A mark read in a scheme. Nothing written is dropped: what the scheme does not know is
 * kept in `unknown`, as written, for the checks to flag and the banner to carry.
 */
export interface Mark {
  /** The level's id, or null when the text names no level of the scheme. */
  level: string | null;
  /** Known controls, in the scheme's order. */
  controls: readonly MarkControl[];
  /** Parts the scheme does not know, as written (upper case, spaces tidied). */
  unknown: readonly string[];
  /** Known controls the scheme does not allow at this level (SENSITIVE on SECRET). */
  notAllowed: readonly string[];
}
