/**
 * The layouts a speech is exported in, and the `speech.export.*` settings that override their
 * figures. `gbt9704` is GB/T 9704-2012 (党政机关公文格式); `reading` is the copy a speaker reads from
 * at the lectern, which no standard defines. Sizes are points; page figures millimetres.
 */

/** The roles a paragraph's text can take, each with its own font. */
export type FontRole = 'title' | 'subtitle' | 'body' | 'heading1' | 'heading2' | 'heading3' | 'heading4' | 'pageNumber';
export const FONT_ROLES: readonly FontRole[] = ['title', 'subtitle', 'body', 'heading1', 'heading2', 'heading3', 'heading4', 'pageNumber'];

/** Where the page number sits: outside (odd pages right, even pages left), centred, or nowhere. */
export type PageNumberPosition = 'outside' | 'center' | 'none';

export type ProfileName = 'gbt9704' | 'reading';
export const PROFILE_NAMES: readonly ProfileName[] = ['gbt9704', 'reading'];

export interface ExportProfile {
  name: ProfileName;
  fonts: Record<FontRole, string>;
  /** Body, subtitle and heading size. */
  bodySize: number;
  titleSize: number;
  pageNumberSize: number;
  /** The distance from one line to the next, exactly. */
  linePitch: number;
  /** Characters a line on the document grid; undefined for a grid of lines only. */
  charactersPerLine?: number;
  pageNumber: PageNumberPosition;
  /** Whether a paragraph that fits on one page is kept on one page. */
  keepParagraphsWhole: boolean;
  /** A4, and the margins of GB/T 9704 (版心 156 × 225 mm). */
  page: { width: number; height: number; top: number; bottom: number; left: number; right: number };
}

const GB_FONTS: Record<FontRole, string> = {
  title: '方正小标宋简体', subtitle: '楷体_GB2312', body: '仿宋_GB2312',
  heading1: '黑体', heading2: '楷体_GB2312', heading3: '仿宋_GB2312', heading4: '仿宋_GB2312', pageNumber: '宋体',
};
const A4 = { width: 210, height: 297, top: 37, bottom: 35, left: 28, right: 26 };

/** 22 lines of 28 characters of 3号 (16 pt): the line pitch that fills the 225 mm of the 版心. */
const GBT9704: ExportProfile = {
  name: 'gbt9704', fonts: GB_FONTS, bodySize: 16, titleSize: 22, pageNumberSize: 14, linePitch: 28.95,
  charactersPerLine: 28, pageNumber: 'outside', keepParagraphsWhole: false, page: A4,
};

/** 小二 (18 pt) on a wider pitch, the page number centred, no paragraph split when it fits on a page. */
const READING: ExportProfile = {
  name: 'reading', fonts: GB_FONTS, bodySize: 18, titleSize: 22, pageNumberSize: 14, linePitch: 36,
  pageNumber: 'center', keepParagraphsWhole: true, page: A4,
};

export const PROFILES: Record<ProfileName, ExportProfile> = { gbt9704: GBT9704, reading: READING };

/** What `speech.export.*` sets; every figure left out is the profile's. */
export interface ExportSettings {
  profile: ProfileName;
  fonts: Partial<Record<FontRole, string>>;
  bodySize?: number;
  linePitch?: number;
  pageNumber?: PageNumberPosition;
}

export function defaultExportSettings(): ExportSettings {
  return { profile: 'gbt9704', fonts: {} };
}

const SIZE_RANGE = [8, 72] as const;
const PITCH_RANGE = [10, 100] as const;
const FONT_NAME_MAX = 64;
const POSITIONS: readonly PageNumberPosition[] = ['outside', 'center', 'none'];

/**
 * Reads `speech.export` (`{ profile, fonts: { body, … }, bodySize, linePitch, pageNumber }`); a
 * malformed value keeps its default and adds a line to `problems`.
 */
export function readExportSettings(raw: unknown, problems: string[]): ExportSettings {
  const settings = defaultExportSettings();
  if (raw === undefined || raw === null) return settings;
  if (!isObject(raw)) {
    problems.push(`speech.export: expected an object, got ${describe(raw)}`);
    return settings;
  }
  if (raw.profile !== undefined) {
    if ((PROFILE_NAMES as readonly unknown[]).includes(raw.profile)) settings.profile = raw.profile as ProfileName;
    else problems.push(`speech.export.profile: expected one of ${PROFILE_NAMES.join(', ')}, got ${describe(raw.profile)}`);
  }
  readFonts(raw.fonts, settings, problems);
  settings.bodySize = readNumber(raw.bodySize, 'speech.export.bodySize', SIZE_RANGE, problems);
  settings.linePitch = readNumber(raw.linePitch, 'speech.export.linePitch', PITCH_RANGE, problems);
  if (raw.pageNumber !== undefined) {
    if ((POSITIONS as readonly unknown[]).includes(raw.pageNumber)) settings.pageNumber = raw.pageNumber as PageNumberPosition;
    else problems.push(`speech.export.pageNumber: expected one of ${POSITIONS.join(', ')}, got ${describe(raw.pageNumber)}`);
  }
  return settings;
}

function readFonts(fonts: unknown, settings: ExportSettings, problems: string[]): void {
  if (fonts === undefined || fonts === null) return;
  if (!isObject(fonts)) {
    problems.push(`speech.export.fonts: expected an object of role → font name, got ${describe(fonts)}`);
    return;
  }
  for (const [role, name] of Object.entries(fonts)) {
    if (!(FONT_ROLES as readonly string[]).includes(role)) problems.push(`speech.export.fonts: unknown role "${role.slice(0, 20)}" (${FONT_ROLES.join(', ')})`);
    else if (typeof name === 'string' && name.trim() !== '' && name.length <= FONT_NAME_MAX && !/[<>&"]/.test(name)) settings.fonts[role as FontRole] = name.trim();
    else if (name !== '') problems.push(`speech.export.fonts.${role}: expected a font name, got ${describe(name)}`);
  }
}

function readNumber(value: unknown, name: string, range: readonly [number, number], problems: string[]): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && Number.isFinite(value) && value >= range[0] && value <= range[1]) return value;
  problems.push(`${name}: expected a number of points from ${range[0]} to ${range[1]}, got ${describe(value)}`);
  return undefined;
}

/**
 * The profile to export with: `name` (a request's choice) or the settings' profile, its figures
 * overridden by the settings. A line pitch below the body size is raised to it.
 */
export function resolveProfile(settings: ExportSettings, name?: string): ExportProfile {
  const base = PROFILES[(PROFILE_NAMES as readonly string[]).includes(name ?? '') ? name as ProfileName : settings.profile];
  const bodySize = settings.bodySize ?? base.bodySize;
  const linePitch = Math.max(settings.linePitch ?? base.linePitch, bodySize);
  return {
    ...base, fonts: { ...base.fonts, ...settings.fonts }, bodySize, linePitch, pageNumber: settings.pageNumber ?? base.pageNumber,
    // 28 characters a line are the 3号 body's: another size lays out on a grid of lines only.
    charactersPerLine: bodySize === base.bodySize ? base.charactersPerLine : undefined,
  };
}

export function isProfileName(name: string): name is ProfileName {
  return (PROFILE_NAMES as readonly string[]).includes(name);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? text.slice(0, 40) + '…' : text;
}
