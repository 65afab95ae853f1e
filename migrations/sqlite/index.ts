import * as migration_20261129_155427_initial from './20261129_155427_initial';

export const migrations = [
  {
    up: migration_20261129_155427_initial.up,
    down: migration_20261129_155427_initial.down,
    name: '20261129_155427_initial'
  },
];
