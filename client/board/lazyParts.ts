import { lazyPart } from '../app/lazyPart'

/*
 * Panels, dialogs and menus a board opens on demand, each loaded only when first shown (its
 * own chunk), so the canvas does not wait for them: exports (Word pictures, print page), the
 * lists (清单), history (历史版本), analytics, dispatch, 计划书信息, imports and sharing with
 * its QR code.
 */
export const AnalyticsPanel = lazyPart(() => import('../analytics/AnalyticsPanel').then((m) => m.AnalyticsPanel))
export const ListsView = lazyPart(() => import('../lists/ListsView').then((m) => m.ListsView))
export const PlanInfoPanel = lazyPart(() => import('../planInfo/PlanInfoPanel').then((m) => m.PlanInfoPanel))
export const DispatchView = lazyPart(() => import('../dispatch/DispatchView').then((m) => m.DispatchView))
export const HistoryPanel = lazyPart(() => import('../versions/HistoryPanel').then((m) => m.HistoryPanel))
export const ShareDialog = lazyPart(() => import('../share/ShareDialog').then((m) => m.ShareDialog))
export const ImportDialog = lazyPart(() => import('../boardMenu/ImportDialog').then((m) => m.ImportDialog))
export const ExportMenuItems = lazyPart(() => import('../boardMenu/ExportMenuItems').then((m) => m.ExportMenuItems))
