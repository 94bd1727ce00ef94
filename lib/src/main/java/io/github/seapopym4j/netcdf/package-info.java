/**
 * Classic NetCDF files (64-bit offset, CDF-2): {@link io.github.seapopym4j.netcdf.NetcdfWriter}
 * streams a file to disk record by record, {@link io.github.seapopym4j.netcdf.NetcdfFile} reads one.
 * Used by the forcing readers, the synthetic global forcings and the run's {@code outputs.nc}.
 */
package io.github.seapopym4j.netcdf;
