import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { VerdictWinnerField as VerdictWinnerField_4cca46a5098e99d487bb5f8b8febd724 } from '../../../components/admin/VerdictWinnerField'
import { ViewOnSite as ViewOnSite_b9349b6893097cd6cb92b7e5ba82a1e9 } from '../../../components/admin/ViewOnSite'
import { ReviewStamps as ReviewStamps_14f87f21f362091f6c475554ee8d7d7d } from '../../../components/admin/ReviewStamps'
import { StaffNameCell as StaffNameCell_f0dbbbf8cf11f6e2bb524990a35a4e04 } from '../../../components/admin/StaffNameCell'
import { SeoOverview as SeoOverview_4f727b4f8fffc52e18cbcdde33363df2 } from '../../../components/admin/seo/SeoOverview'
import { SeoTextField as SeoTextField_90e55c65c538314dba3556c9039d9a11 } from '../../../components/admin/seo/SeoTextField'
import { MergeSkill as MergeSkill_4e3917ec43351893acaedc7daff8124d } from '../../../components/admin/MergeSkill'
import { SalaryRowLabel as SalaryRowLabel_1f1931c31f0a38bd1b88f24c6feceb21 } from '../../../components/admin/SalaryRowLabel'
import { RoleField as RoleField_5e95403c9b5b6c580a930abdc66388d3 } from '../../../components/admin/RoleField'
import { ReportContext as ReportContext_4b9af46b429f8b0c9bf939a58041648f } from '../../../components/admin/ReportContext'
import { RupeesInWords as RupeesInWords_d4d85352b7c2b2e36509925c9ff04038 } from '../../../components/admin/RupeesInWords'
import { ReaderCohorts as ReaderCohorts_1655b0cec49e1e227fbfd5768c6e076b } from '../../../components/admin/ReaderCohorts'
import { LinkToDoc as LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { ReindexButton as ReindexButton_aead06e4cbf6b2620c5c51c9ab283634 } from '@payloadcms/plugin-search/client'
import { AdminIcon as AdminIcon_924c42c084cf7b302bf839ef91e28283 } from '../../../components/admin/BrandMark'
import { AdminLogo as AdminLogo_924c42c084cf7b302bf839ef91e28283 } from '../../../components/admin/BrandMark'
import { EditorsDesk as EditorsDesk_9223f33206a77cd67f43a86c9d4b837c } from '../../../components/admin/EditorsDesk'
import { FirstUserView as FirstUserView_60714965c3b309d58f0b40d25cc68e55 } from '../../../components/admin/FirstUserView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/admin/VerdictWinnerField#VerdictWinnerField": VerdictWinnerField_4cca46a5098e99d487bb5f8b8febd724,
  "/components/admin/ViewOnSite#ViewOnSite": ViewOnSite_b9349b6893097cd6cb92b7e5ba82a1e9,
  "/components/admin/ReviewStamps#ReviewStamps": ReviewStamps_14f87f21f362091f6c475554ee8d7d7d,
  "/components/admin/StaffNameCell#StaffNameCell": StaffNameCell_f0dbbbf8cf11f6e2bb524990a35a4e04,
  "/components/admin/seo/SeoOverview#SeoOverview": SeoOverview_4f727b4f8fffc52e18cbcdde33363df2,
  "/components/admin/seo/SeoTextField#SeoTextField": SeoTextField_90e55c65c538314dba3556c9039d9a11,
  "/components/admin/MergeSkill#MergeSkill": MergeSkill_4e3917ec43351893acaedc7daff8124d,
  "/components/admin/SalaryRowLabel#SalaryRowLabel": SalaryRowLabel_1f1931c31f0a38bd1b88f24c6feceb21,
  "/components/admin/RoleField#RoleField": RoleField_5e95403c9b5b6c580a930abdc66388d3,
  "/components/admin/ReportContext#ReportContext": ReportContext_4b9af46b429f8b0c9bf939a58041648f,
  "/components/admin/RupeesInWords#RupeesInWords": RupeesInWords_d4d85352b7c2b2e36509925c9ff04038,
  "/components/admin/ReaderCohorts#ReaderCohorts": ReaderCohorts_1655b0cec49e1e227fbfd5768c6e076b,
  "@payloadcms/plugin-search/client#LinkToDoc": LinkToDoc_aead06e4cbf6b2620c5c51c9ab283634,
  "@payloadcms/plugin-search/client#ReindexButton": ReindexButton_aead06e4cbf6b2620c5c51c9ab283634,
  "/components/admin/BrandMark#AdminIcon": AdminIcon_924c42c084cf7b302bf839ef91e28283,
  "/components/admin/BrandMark#AdminLogo": AdminLogo_924c42c084cf7b302bf839ef91e28283,
  "/components/admin/EditorsDesk#EditorsDesk": EditorsDesk_9223f33206a77cd67f43a86c9d4b837c,
  "/components/admin/FirstUserView#FirstUserView": FirstUserView_60714965c3b309d58f0b40d25cc68e55,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
