package org.gazette.http;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.hazelcast.core.HazelcastInstance;

/** Which servers this one works with, as the ready line tells the operator: alone, or its data grid and how many members it has. */
@ApplicationScoped
public class GridMembership {

    @Inject
    Optional<HazelcastInstance> grid;

    public String describe() {
        return grid.map(running -> "one of " + running.getCluster().getMembers().size() + " member(s) of the data grid '"
                + running.getConfig().getClusterName() + "'").orElse("alone, without a data grid");
    }
}
