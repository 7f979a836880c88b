import type { Mechanism } from '../domain/enums'
import type { ExampleActorKey } from './exampleActors'
import type { ExampleNeedKey } from './exampleNeeds'
import type { ExampleProjectKey } from './exampleProjects'
import type { ExampleResourceKey } from './exampleResources'
import type { LocalizedText } from './templateTypes'

/** An allocation of the case: a resource moved to a project or straight to a need, by a mechanism. */
export interface ExampleAllocation {
	resource: ExampleResourceKey
	to: { project: ExampleProjectKey } | { need: ExampleNeedKey }
	mechanism: Mechanism
	quantity?: number
	unit?: LocalizedText
}

const YUAN: LocalizedText = { zh: '元', en: 'yuan' }

/** Who provides what (主体 → 资源). */
export const EXAMPLE_PROVIDES: readonly [ExampleActorKey, ExampleResourceKey][] = [
	['street', 'govFunds'],
	['street', 'policy'],
	['court', 'courtFunds'],
	['committee', 'station'],
	['committee', 'plaza'],
	['committee', 'office'],
	['ym', 'ymVolunteers'],
	['zs', 'zsFire'],
	['zs', 'zsSafety'],
	['yy', 'yyBooks'],
	['yy', 'yyTutoring'],
	['aier', 'doctors'],
	['p', 'socialWorkers'],
	['party', 'partyMembers'],
	['hongxin', 'teams'],
	['qu', 'students'],
	['salon', 'hairdressers'],
	['crafts', 'craftSkills'],
	['kongzhu', 'kongzhuCoaching'],
]

/** The allocations of the case (资源 → 项目 / 需求). */
export const EXAMPLE_ALLOCATIONS: readonly ExampleAllocation[] = [
	{ resource: 'govFunds', to: { project: 'dispatch' }, mechanism: 'administrative', quantity: 700000, unit: YUAN },
	{ resource: 'courtFunds', to: { project: 'legal' }, mechanism: 'administrative', quantity: 460000, unit: YUAN },
	{ resource: 'policy', to: { project: 'caoStudio' }, mechanism: 'administrative' },
	{
		resource: 'office',
		to: { project: 'dispatch' },
		mechanism: 'administrative',
		quantity: 1,
		unit: { zh: '间', en: 'rooms' },
	},
	{
		resource: 'station',
		to: { need: 'homework' },
		mechanism: 'administrative',
		quantity: 1,
		unit: { zh: '处', en: 'sites' },
	},
	{
		resource: 'plaza',
		to: { project: 'memory' },
		mechanism: 'administrative',
		quantity: 1,
		unit: { zh: '处', en: 'sites' },
	},
	{
		resource: 'partyMembers',
		to: { project: 'incubation' },
		mechanism: 'administrative',
		quantity: 100,
		unit: { zh: '人', en: 'people' },
	},
	{ resource: 'socialWorkers', to: { project: 'dispatch' }, mechanism: 'social' },
	{ resource: 'doctors', to: { project: 'eyeCare' }, mechanism: 'social' },
	{ resource: 'hairdressers', to: { project: 'haircut' }, mechanism: 'social' },
	{ resource: 'teams', to: { project: 'haircut' }, mechanism: 'social' },
	{ resource: 'students', to: { project: 'classroom' }, mechanism: 'social' },
	{ resource: 'ymVolunteers', to: { need: 'wasteSafety' }, mechanism: 'social' },
	{
		resource: 'craftSkills',
		to: { project: 'crafts' },
		mechanism: 'social',
		quantity: 5,
		unit: { zh: '项', en: 'crafts' },
	},
	{ resource: 'kongzhuCoaching', to: { project: 'crafts' }, mechanism: 'social' },
	{ resource: 'yyTutoring', to: { project: 'classroom' }, mechanism: 'market' },
	{ resource: 'yyBooks', to: { project: 'classroom' }, mechanism: 'market' },
	{ resource: 'zsFire', to: { project: 'redScarf' }, mechanism: 'market' },
	{ resource: 'zsSafety', to: { project: 'redScarf' }, mechanism: 'market' },
]

/** Which needs each project serves (项目 → 需求). */
export const EXAMPLE_SERVES: readonly [ExampleProjectKey, ExampleNeedKey][] = [
	['classroom', 'homework'],
	['eyeCare', 'eyeElderly'],
	['eyeCare', 'eyeRiders'],
	['haircut', 'haircut'],
	['memory', 'memory'],
	['redScarf', 'wasteSafety'],
	['caoStudio', 'gridTraining'],
	['legal', 'legalEducation'],
	['crafts', 'culture'],
	['incubation', 'participation'],
	['dispatch', 'participation'],
]
