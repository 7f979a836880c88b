import { createTestDatabase, postgresAvailable } from '../test/services'
import { PostgresStorage } from './PostgresStorage'
import { storageSuite } from './storageSuite'

const available = await postgresAvailable()

storageSuite(
	'PostgresStorage',
	{
		async open() {
			const db = await createTestDatabase()
			return {
				storage: await PostgresStorage.open(db.url),
				reopen: () => PostgresStorage.open(db.url),
				cleanup: () => db.drop(),
			}
		},
	},
	!available,
)
