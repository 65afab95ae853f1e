import * as migration_20261129_155427_initial from './20261129_155427_initial';
import * as migration_20261129_163144_editor_workflow from './20261129_163144_editor_workflow';
import * as migration_20261129_170300_seo_search_redirects from './20261129_170300_seo_search_redirects';
import * as migration_20261129_184647_reader_accounts from './20261129_184647_reader_accounts';
import * as migration_20261130_203712_editorial_integrity from './20261130_203712_editorial_integrity';
import * as migration_20261130_210438_first_published_at from './20261130_210438_first_published_at';
import * as migration_20261130_220521_salary_evidence from './20261130_220521_salary_evidence';
import * as migration_20261201_001556_editors_desk from './20261201_001556_editors_desk';
import * as migration_20261201_024139_salary_reports from './20261201_024139_salary_reports';
import * as migration_20261201_033247_reader_experience from './20261201_033247_reader_experience';
import * as migration_20261201_054330_reader_digest from './20261201_054330_reader_digest';
import * as migration_20261207_095018_reader_figures_privacy from './20261207_095018_reader_figures_privacy';
import * as migration_20261207_103604_share_image_on_delete from './20261207_103604_share_image_on_delete';
import * as migration_20261207_223057_report_in_hand_flag from './20261207_223057_report_in_hand_flag';
import * as migration_20261208_015612_career_graph from './20261208_015612_career_graph';

export const migrations = [
  {
    up: migration_20261129_155427_initial.up,
    down: migration_20261129_155427_initial.down,
    name: '20261129_155427_initial',
  },
  {
    up: migration_20261129_163144_editor_workflow.up,
    down: migration_20261129_163144_editor_workflow.down,
    name: '20261129_163144_editor_workflow',
  },
  {
    up: migration_20261129_170300_seo_search_redirects.up,
    down: migration_20261129_170300_seo_search_redirects.down,
    name: '20261129_170300_seo_search_redirects',
  },
  {
    up: migration_20261129_184647_reader_accounts.up,
    down: migration_20261129_184647_reader_accounts.down,
    name: '20261129_184647_reader_accounts',
  },
  {
    up: migration_20261130_203712_editorial_integrity.up,
    down: migration_20261130_203712_editorial_integrity.down,
    name: '20261130_203712_editorial_integrity',
  },
  {
    up: migration_20261130_210438_first_published_at.up,
    down: migration_20261130_210438_first_published_at.down,
    name: '20261130_210438_first_published_at',
  },
  {
    up: migration_20261130_220521_salary_evidence.up,
    down: migration_20261130_220521_salary_evidence.down,
    name: '20261130_220521_salary_evidence',
  },
  {
    up: migration_20261201_001556_editors_desk.up,
    down: migration_20261201_001556_editors_desk.down,
    name: '20261201_001556_editors_desk',
  },
  {
    up: migration_20261201_024139_salary_reports.up,
    down: migration_20261201_024139_salary_reports.down,
    name: '20261201_024139_salary_reports',
  },
  {
    up: migration_20261201_033247_reader_experience.up,
    down: migration_20261201_033247_reader_experience.down,
    name: '20261201_033247_reader_experience',
  },
  {
    up: migration_20261201_054330_reader_digest.up,
    down: migration_20261201_054330_reader_digest.down,
    name: '20261201_054330_reader_digest',
  },
  {
    up: migration_20261207_095018_reader_figures_privacy.up,
    down: migration_20261207_095018_reader_figures_privacy.down,
    name: '20261207_095018_reader_figures_privacy',
  },
  {
    up: migration_20261207_103604_share_image_on_delete.up,
    down: migration_20261207_103604_share_image_on_delete.down,
    name: '20261207_103604_share_image_on_delete',
  },
  {
    up: migration_20261207_223057_report_in_hand_flag.up,
    down: migration_20261207_223057_report_in_hand_flag.down,
    name: '20261207_223057_report_in_hand_flag',
  },
  {
    up: migration_20261208_015612_career_graph.up,
    down: migration_20261208_015612_career_graph.down,
    name: '20261208_015612_career_graph'
  },
];
