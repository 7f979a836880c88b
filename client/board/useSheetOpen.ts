import { useBoardContext } from './BoardContext'
import { useNarrowScreen } from './useNarrowScreen'

/**
 * True on a phone while a panel covers the lower screen (a bottom sheet, or the lists and
 * the dispatch view): the timer and the follow banner then sit folded in the top bar, and
 * tldraw's toolbar steps aside, instead of covering the sheet.
 */
export function useSheetOpen(): boolean {
	const { panel } = useBoardContext()
	return useNarrowScreen() && panel !== null
}
