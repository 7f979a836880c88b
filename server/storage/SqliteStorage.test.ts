import { tempDataDir } from '../test/testServer'
import { SqliteStorage } from './SqliteStorage'
import { storageSuite } from './storageSuite'

storageSuite('SqliteStorage', {
	async open() {
		const dir = tempDataDir()
		return { storage: new SqliteStorage(dir), reopen: async () => new SqliteStorage(dir) }
	},
})
