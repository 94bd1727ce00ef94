package io.github.seapopym4j.model;

/**
 * What happens in an ocean cell where a group's day or night layer does not exist (its temperature is
 * NaN at the first step), e.g. a shallow cell with only the surface layer.
 */
public enum MissingLayerPolicy {
  /**
   * SeapoPym v0.1 (default): the group's temperature there is 0 °C (its mean is masked to NaN and
   * then clipped to 0), so mortality is λ0 and only cohorts with a threshold ≤ 0 °C recruit, but
   * primary production is <em>not</em> masked: the group still builds biomass in a cell where it
   * cannot live.
   */
  UPSTREAM,
  /**
   * Corrected: no production enters the group outside its mask, so its recruited production and
   * biomass are 0 there (temperature and mortality as {@link #UPSTREAM}).
   */
  MASK_PRODUCTION
}
