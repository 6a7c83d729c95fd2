import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen, within } from "@testing-library/react";
import { callsOf } from "../data/events";
import { record, XSS } from "../data/testRecords";
import { RequestView } from "./RequestView";
import { Transcript } from "./Transcript";

afterEach(cleanup);

describe("RequestView", () => {
  it("audits every argument's source", () => {
    const view = callsOf(record())[1];
    render(<RequestView view={view} />);
    const rows = screen.getAllByTestId("argument-row");
    expect(rows.map((r) => r.getAttribute("data-source"))).toEqual(["tool_output", "default"]);
    expect(within(rows[0]!).getByText("output of call_1 at $.hotels[0].id")).toBeTruthy();
    expect(screen.getByTestId("request-view").textContent).toContain("status http_429");
  });

  it("renders a hostile tool name as text, creating no elements from it", () => {
    const { container } = render(<RequestView view={callsOf(record())[1]} />);
    expect(screen.getByTestId("request-function").textContent).toBe(XSS);
    expect(container.querySelector("img")).toBeNull();
  });

  it("asks for a selection when no call is chosen", () => {
    render(<RequestView view={undefined} />);
    expect(screen.getByText(/Select a tool call/)).toBeTruthy();
  });
});

describe("Transcript", () => {
  it("shows one clickable chip per call, parallel calls in one turn", () => {
    const opened: string[] = [];
    const { container } = render(
      <Transcript record={record()} onOpenCall={(id) => opened.push(id)} activeCall={null} />,
    );
    const chips = screen.getAllByTestId("tool-chip");
    expect(chips).toHaveLength(3);
    chips[1]!.click();
    expect(opened).toEqual(["call_2"]);
    expect(container.textContent).toContain(XSS);
    expect(container.querySelector("img")).toBeNull();
  });
});
