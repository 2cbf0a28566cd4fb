import type { TemplateResult } from 'lit';
import type { Locale, StaffRole } from '@wushe/schema';

/** What the console hands a section when it shows: the picked division and the reader's settings. */
export interface SectionView {
  /** The division picked in the side bar (a district, street or community code), or ''. */
  readonly division: string;
  readonly lang: Locale;
  readonly elder: boolean;
}

/**
 * One screen of the console: a menu entry, the code it needs and how it renders. Sections live in
 * their own files and are listed in `sections/index.ts`, so adding a screen never edits the shell.
 * `roles` only decides who sees the menu entry; what each person may do is still the server's call
 * (a widget shows its `forbidden` state when refused).
 */
export interface ConsoleSection {
  /** The address after `#/`: stable, so a bookmark or a link in a message opens the section. */
  readonly id: string;
  readonly title: Readonly<Record<Locale, string>>;
  readonly roles: readonly StaffRole[];
  /**
   * Shown to a person with no division to pick (an organization's member, whose scope is the
   * organization): the section then gets `division` ''.
   */
  readonly withoutDivision?: boolean;
  /** Loads the section's widgets; called the first time the section shows. */
  readonly load: () => Promise<unknown>;
  readonly render: (view: SectionView) => TemplateResult;
}
