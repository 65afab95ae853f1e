import * as migration_20261129_155427_initial from './20261129_155427_initial';
import * as migration_20261129_163144_editor_workflow from './20261129_163144_editor_workflow';

export const migrations = [
  {
    up: migration_20261129_155427_initial.up,
    down: migration_20261129_155427_initial.down,
    name: '20261129_155427_initial',
  },
  {
    up: migration_20261129_163144_editor_workflow.up,
    down: migration_20261129_163144_editor_workflow.down,
    name: '20261129_163144_editor_workflow'
  },
];
