"""The chain solver against figures computed by hand: a straight funnel, a branch, a
retargeting loop, first-passage times, elasticities, and the loop nobody leaves."""

from __future__ import annotations

import pytest

from journeyplan.analysis.markov import Edge, closed_classes, solve


def test_straight_funnel():
    # 10,000 see the ad -> 6% click -> 50% apply -> 10% are hired
    edges = [Edge(0, 1, 0.06, 0), Edge(1, 2, 0.5, 60), Edge(2, 3, 0.1, 2880)]
    sol = solve(4, edges, [10000, 0, 0, 0], targets=[2, 3], hire_states=[3])
    assert list(sol.visits) == pytest.approx([10000, 600, 300, 30])
    assert sol.hires == pytest.approx(30)
    assert sol.reached == pytest.approx({2: 300, 3: 30})
    assert sol.minutes == pytest.approx({2: 60, 3: 60 + 2880})
    # hires = reach * r1 * r2 * r3: every step's elasticity is exactly 1
    assert sol.elasticity == pytest.approx({0: 1.0, 1: 1.0, 2: 1.0})


def test_branch_two_routes_to_one_application():
    # ad (1000) -> vacancy 20% -> apply 10% (after 1d); ad -> chat 5% -> apply 40% (after 2h)
    edges = [
        Edge(0, 1, 0.2, 0),
        Edge(1, 3, 0.1, 1440),
        Edge(0, 2, 0.05, 0),
        Edge(2, 3, 0.4, 120),
    ]
    sol = solve(4, edges, [1000, 0, 0, 0], targets=[3], hire_states=[3])
    # 1000 * 0.2 * 0.1 = 20 via the vacancy, 1000 * 0.05 * 0.4 = 20 via the chat
    assert sol.visits[3] == pytest.approx(40)
    assert sol.minutes[3] == pytest.approx((20 * 1440 + 20 * 120) / 40)
    # each route carries half of the hires: elasticity 0.5 on each of its steps
    assert sol.elasticity == pytest.approx({0: 0.5, 1: 0.5, 2: 0.5, 3: 0.5})


def test_retargeting_loop():
    # vacancy page -> apply 10%; vacancy -> story ad 50% (after 2d) -> back 20%.
    # Visits to the page: v = 1000 + 0.5 * 0.2 * v  =>  v = 1000 / 0.9
    edges = [Edge(0, 2, 0.1, 0), Edge(0, 1, 0.5, 2880), Edge(1, 0, 0.2, 0)]
    sol = solve(3, edges, [1000, 0, 0], targets=[2], hire_states=[2])
    page = 1000 / 0.9
    assert sol.visits[0] == pytest.approx(page)
    assert sol.visits[1] == pytest.approx(0.5 * page)
    assert sol.visits[2] == pytest.approx(0.1 * page)
    # P(apply) = 0.1 / (1 - 0.1); loops before applying: geometric with p = 0.1 / 0.2 ...
    # Each pass through the ad adds 2d; among those who apply, the number of passes K has
    # P(K = k) proportional to (0.5 * 0.2)^k, so E[K] = q / (1 - q) with q = 0.1.
    q = 0.1
    assert sol.reached[2] == pytest.approx(1000 * 0.1 / (1 - q))
    assert sol.minutes[2] == pytest.approx(2880 * q / (1 - q))
    # H = 1000 * r_apply / (1 - r_ad * r_back): elasticities r_apply -> 1, the loop's
    # r_ad -> r_ad * r_back / (1 - r_ad * r_back) = 0.1 / 0.9 (and the same for r_back)
    assert sol.elasticity[0] == pytest.approx(1.0)
    assert sol.elasticity[1] == pytest.approx(0.1 / 0.9)
    assert sol.elasticity[2] == pytest.approx(0.1 / 0.9)


def test_first_passage_counts_the_first_arrival_only():
    # a chat that can be revisited: chat -> apply 50% (1h), chat -> nudge 50% (3d) ->
    # chat 100%? No: nudge -> chat 60% (2h). The application is reached the first time;
    # visits to the chat repeat but time is counted until the first application.
    edges = [Edge(0, 1, 0.5, 60), Edge(0, 2, 0.5, 4320), Edge(2, 0, 0.6, 120)]
    sol = solve(3, edges, [100, 0, 0], targets=[1])
    # P(apply) = 0.5 / (1 - 0.3) ; passes through the nudge k with weight 0.3^k
    p = 0.5 / 0.7
    assert sol.reached[1] == pytest.approx(100 * p)
    loops = 0.3 / 0.7  # E[number of nudge passes | applied]
    assert sol.minutes[1] == pytest.approx(60 + loops * (4320 + 120))


def test_an_application_that_leads_back_is_counted_per_visit_but_reached_once():
    # apply -> ack 100%, ack -> apply 50% ("applies for a second vacancy"): visits to the
    # application double, the people who reach it do not.
    edges = [Edge(0, 1, 1.0, 0), Edge(1, 0, 0.5, 0)]
    sol = solve(2, edges, [10, 0], targets=[0])
    assert sol.visits[0] == pytest.approx(20)
    assert sol.reached[0] == pytest.approx(10)
    assert sol.minutes[0] == pytest.approx(0)


def test_a_loop_nobody_leaves_is_found_not_inverted():
    # chat -> nudge 100%, nudge -> chat 100%: everybody circles for ever
    edges = [Edge(0, 1, 0.3, 0), Edge(1, 2, 1.0, 0), Edge(2, 1, 1.0, 0), Edge(0, 3, 0.1, 0)]
    assert closed_classes(4, edges) == [[1, 2]]
    with pytest.raises(ValueError, match=r"closed loop of states \[1, 2\]"):
        solve(4, edges, [1, 0, 0, 0])


def test_a_state_that_feeds_a_closed_loop_is_not_part_of_it():
    edges = [Edge(0, 1, 1.0), Edge(1, 2, 1.0), Edge(2, 1, 1.0)]
    assert closed_classes(3, edges) == [[1, 2]]


def test_rates_that_sum_to_one_within_rounding_leave_nobody():
    edges = [Edge(0, 1, 0.1), Edge(0, 1, 0.2), Edge(0, 1, 0.7), Edge(1, 0, 1.0)]
    assert closed_classes(2, edges) == [[0, 1]]
    assert closed_classes(2, [Edge(0, 0, 1.0)]) == [[0]]
    assert closed_classes(2, [Edge(0, 0, 0.99)]) == []


def test_a_leaking_loop_is_not_closed():
    assert closed_classes(2, [Edge(0, 1, 1.0), Edge(1, 0, 0.999)]) == []
