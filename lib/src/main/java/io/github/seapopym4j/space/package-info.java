/**
 * The search space of the functional-group parameters, shared by the optimisers and the sweeps.
 *
 * <ul>
 *   <li>{@link io.github.seapopym4j.space.ParameterSpace}: for each group a {@link
 *       io.github.seapopym4j.space.GroupSpace} in which every {@link
 *       io.github.seapopym4j.model.GroupParameter} is {@link
 *       io.github.seapopym4j.space.ParamSpec.Fixed} or {@link
 *       io.github.seapopym4j.space.ParamSpec.Free}; it decodes a {@code double[]} into validated
 *       groups and gives optimisers a {@link io.github.seapopym4j.space.Domain}, the box they
 *       search. {@link io.github.seapopym4j.space.ParameterSpaceCsv} reads and writes it.
 *   <li>{@link io.github.seapopym4j.space.ParameterName}: the one spelling of a qualified
 *       parameter name, {@code GROUP.parameter} (e.g. {@code D1N1.tr_0}).
 * </ul>
 */
package io.github.seapopym4j.space;
