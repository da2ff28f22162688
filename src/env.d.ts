/** Constants the build defines for the code it bundles (astro.config.mjs `vite.define`). */
interface ImportMetaEnv {
  /** True when the build leaves Pagefind's file handling out (BUILD_WITHOUT=pagefind-files), to measure its gain. */
  readonly SEARCH_WITHOUT_PAGEFIND_FILES?: boolean;
}
