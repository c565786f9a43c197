/** A library the installed app carries, with the licence its package declares (SPDX). */
export interface LicenseEntry {
  name: string
  version: string
  license: string
}

/** What Help → About Dossier shows. */
export interface AboutInfo {
  version: string
  /** The folder holding the library (the store) now. */
  libraryFolder: string
  /** Empty when the app was started without a build that listed them. */
  licenses: LicenseEntry[]
}

/** Where the library is kept (Settings → Library location). */
export interface LibraryLocation {
  folder: string
  /** The folder the library is in when nothing else was chosen: the app's user-data folder. */
  defaultFolder: string
}
