package io.github.seapopym4j.model;

/**
 * The mass unit of production and biomass inside the model. Forcings always come in g m⁻² d⁻¹;
 * {@link #KILOGRAM} multiplies primary production by 1e-3 before the model, as the older SeapoPym line
 * did, so biomass comes out in kg m⁻².
 */
public enum ProductionUnit {
  /** g m⁻² d⁻¹ and g m⁻² (SeapoPym v0.1). */
  GRAM(1.0, "g/m2/day", "g/m2"),
  /** kg m⁻² d⁻¹ and kg m⁻² (older SeapoPym line). */
  KILOGRAM(1e-3, "kg/m2/day", "kg/m2");

  private final double factorFromGram;
  private final String productionUnits;
  private final String biomassUnits;

  ProductionUnit(double factorFromGram, String productionUnits, String biomassUnits) {
    this.factorFromGram = factorFromGram;
    this.productionUnits = productionUnits;
    this.biomassUnits = biomassUnits;
  }

  /** The factor applied to primary production given in g m⁻² d⁻¹. */
  public double factorFromGram() {
    return factorFromGram;
  }

  /** Units of production, e.g. {@code "g/m2/day"}. */
  public String productionUnits() {
    return productionUnits;
  }

  /** Units of biomass, e.g. {@code "g/m2"}. */
  public String biomassUnits() {
    return biomassUnits;
  }
}
