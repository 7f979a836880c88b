/** The ref of the 资源配置 stage frame's picture, which the 资源配置图 replaces in the plan. */
export const ALLOCATION_STAGE_REF = 'canvas:allocation'
