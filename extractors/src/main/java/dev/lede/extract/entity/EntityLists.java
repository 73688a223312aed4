package dev.lede.extract.entity;

import dev.lede.model.Entity;

import java.util.List;

/** The people, companies and other organisations of one article. */
public record EntityLists(List<Entity> people, List<Entity> companies, List<Entity> organizations) {
    public static final EntityLists EMPTY = new EntityLists(List.of(), List.of(), List.of());

    public EntityLists {
        people = people == null ? List.of() : List.copyOf(people);
        companies = companies == null ? List.of() : List.copyOf(companies);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
    }
}
