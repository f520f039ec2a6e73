// The environment store/open.ts reads, with a --data-dir flag taking the place of DATA_DIR.
export const withDataDir = (dataDir: string | undefined): NodeJS.ProcessEnv =>
  dataDir ? { ...process.env, DATA_DIR: dataDir } : process.env;
