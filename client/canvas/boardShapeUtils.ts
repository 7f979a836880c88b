import { defaultShapeUtils } from '@tldraw/tldraw'
import { cardShapeUtils } from '../cards/cardShapeUtils'
import { cappedFillShapeUtils } from './cappedPatternFill'

/**
 * The shape utils a board's editor is given (tldraw adds its other defaults): the four
 * card kinds, and tldraw's geo, draw and arrow shapes with the hatch fill that costs
 * nothing at start-up (`cappedPatternFill`).
 */
export const boardShapeUtils = [...cappedFillShapeUtils, ...cardShapeUtils] as const

const replaced = new Set<string>(cappedFillShapeUtils.map((u) => u.type))

/** Every shape util of a board, for its store: tldraw's defaults with geo, draw and arrow replaced, and the cards. */
export const allBoardShapeUtils = [...defaultShapeUtils.filter((u) => !replaced.has(u.type)), ...boardShapeUtils]
