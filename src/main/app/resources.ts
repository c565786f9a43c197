import { join } from 'node:path'

/** The sample article's file name; electron-builder.yml copies it into the installed app's resources. */
export const SAMPLE_ARTICLE = 'kim-putin-vostochny-scraped.txt'

export interface AppPaths {
  isPackaged: boolean
  /** Electron's process.resourcesPath: where an installed app's extraResources land. */
  resourcesPath: string
  /** app.getAppPath(): the project folder when run from a checkout. */
  appPath: string
}

/**
 * Where the bundled sample article is: `<resources>/samples/` in an installed app (the
 * extraResources entry of electron-builder.yml), `resources/samples/` of the checkout otherwise.
 */
export function sampleArticlePath(paths: AppPaths): string {
  return paths.isPackaged
    ? join(paths.resourcesPath, 'samples', SAMPLE_ARTICLE)
    : join(paths.appPath, 'resources', 'samples', SAMPLE_ARTICLE)
}
