Attribute VB_Name = "Spleis"
' spleis from Excel: the C API of spleis.dll (include/spleis/spleis.h) declared for VBA 7
' (Office 2010 and later), 64-bit and 32-bit. Import this module (File > Import File) and put
' spleis.dll where Windows finds it, or beside the workbook with SpleisLoad (see README.md).
' The sheet functions at the end are those of the LibreOffice add-in:
'   =SpleisAmount("scenarios\digi-vestland-2021.yaml"; "4630")  -> 261905 (path relative to the workbook)
'   =SpleisSolved("scenarios\digi-vestland-2021.yaml")          -> 19.9932 (the solved rate)
'   =SpleisAllocate(10370000; 100000; 500000; C2:C43)            -> a column (an array formula)
'   =SpleisAllocateModel(model; budget; C2:C43), SpleisAllocateRate(...), SpleisAllocateSolved(...)
'   =SpleisTotal(D2:D43; C2:C43)                                 -> the column's sum, checked against C2:C43
'   =SpleisMessage(D2)                                           -> what went wrong in D2
' On failure they give #VALUE! (CVErr), so sums over them fail too, and SpleisMessage says why.
'
' Conventions of the declarations (tests/capi/check_vba_declares.py keeps them in step with
' spleis.h): handles are LongPtr; text in and out is UTF-8 in Byte arrays, passed as their
' first element (see Utf8 and FromUtf8); size_t is LongPtr; int64_t is LongLong in 64-bit
' Office and Currency in 32-bit Office, which has no 64-bit integer (the Currency then holds
' the value / 10000: multiply by 10000).
Option Explicit

' Status codes (enum spleis_status): 1xx the call, 2xx the input, 3xx infeasible, 9xx internal.
Public Const SPLEIS_OK As Long = 0
Public Const SPLEIS_E_NULL_ARGUMENT As Long = 100
Public Const SPLEIS_E_BAD_COUNT As Long = 101
Public Const SPLEIS_E_BAD_NUMBER As Long = 102
Public Const SPLEIS_E_BUFFER_TOO_SMALL As Long = 103
Public Const SPLEIS_E_INDEX_OUT_OF_RANGE As Long = 104
Public Const SPLEIS_E_NOT_LOADED As Long = 105
Public Const SPLEIS_E_NO_SUCH_PARAMETER As Long = 106
Public Const SPLEIS_E_NO_SUCH_MEMBER As Long = 107
Public Const SPLEIS_E_NOTHING_SOLVED As Long = 108
Public Const SPLEIS_E_NO_SUCH_FUNDING As Long = 109
Public Const SPLEIS_E_NO_SUCH_OPTION As Long = 110
Public Const SPLEIS_E_TOO_LARGE As Long = 111
Public Const SPLEIS_E_INPUT As Long = 200
Public Const SPLEIS_E_INFEASIBLE As Long = 300
Public Const SPLEIS_E_INTERNAL As Long = 900
Public Const SPLEIS_E_OUT_OF_MEMORY As Long = 901

' Limits (enum spleis_limit)
Public Const SPLEIS_LIMIT_NONE As Long = 0
Public Const SPLEIS_LIMIT_CAP As Long = 1
Public Const SPLEIS_LIMIT_FLOOR As Long = 2
Public Const SPLEIS_LIMIT_SELF_FUNDED As Long = 3

' The largest sweep spleis_scenario_sweep makes
Public Const SPLEIS_SWEEP_MAX_POINTS As Long = 100000
Public Const SPLEIS_SWEEP_MAX_AMOUNTS As Long = 10000000

' --- The library -------------------------------------------------------------------------
Public Declare PtrSafe Function spleis_version Lib "spleis.dll" () As LongPtr
Public Declare PtrSafe Function spleis_error_string Lib "spleis.dll" (ByVal status As Long) As LongPtr

' --- Contexts ----------------------------------------------------------------------------
Public Declare PtrSafe Function spleis_context_new Lib "spleis.dll" (ByRef context As LongPtr) As Long
Public Declare PtrSafe Sub spleis_context_free Lib "spleis.dll" (ByVal context As LongPtr)
Public Declare PtrSafe Function spleis_context_error Lib "spleis.dll" (ByVal context As LongPtr) As LongPtr
Public Declare PtrSafe Function spleis_context_set_language Lib "spleis.dll" _
    (ByVal context As LongPtr, ByRef language As Byte) As Long

' --- Scenarios ---------------------------------------------------------------------------
Public Declare PtrSafe Function spleis_scenario_new Lib "spleis.dll" _
    (ByVal context As LongPtr, ByRef scenario As LongPtr) As Long
Public Declare PtrSafe Sub spleis_scenario_free Lib "spleis.dll" (ByVal scenario As LongPtr)
Public Declare PtrSafe Function spleis_scenario_load_file Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef path As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_load_yaml Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef yaml As Byte, ByRef base_dir As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_set_parameter Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef parameter_name As Byte, ByVal value As Double) As Long
Public Declare PtrSafe Function spleis_scenario_set_population Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef member As Byte, ByVal population As Double) As Long
Public Declare PtrSafe Function spleis_scenario_set_budget Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByVal budget As Double) As Long
Public Declare PtrSafe Function spleis_scenario_set_funding Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef funding_name As Byte, ByVal amount As Double) As Long
Public Declare PtrSafe Function spleis_scenario_remove_funding Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef funding_name As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_set_self_funded Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef member As Byte, ByVal amount As Double) As Long
Public Declare PtrSafe Function spleis_scenario_remove_self_funded Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef member As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_solve_for Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef parameter_name As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_remove_parameter Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef parameter_name As Byte) As Long
Public Declare PtrSafe Function spleis_scenario_set_rounding Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByVal unit As Double) As Long
Public Declare PtrSafe Function spleis_solve Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef result As LongPtr) As Long

' --- Results -----------------------------------------------------------------------------
Public Declare PtrSafe Sub spleis_result_free Lib "spleis.dll" (ByVal result As LongPtr)
Public Declare PtrSafe Function spleis_result_solved_parameter Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef parameter_name As Byte, ByVal size As LongPtr, ByRef length As LongPtr, _
     ByRef value As Double) As Long
Public Declare PtrSafe Function spleis_result_parameter Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef parameter_name As Byte, ByRef value As Double) As Long
Public Declare PtrSafe Function spleis_result_member_count Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef count As Long) As Long
Public Declare PtrSafe Function spleis_result_find_member Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef code_or_name As Byte, ByRef index As Long) As Long
Public Declare PtrSafe Function spleis_result_member_code Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef code As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
Public Declare PtrSafe Function spleis_result_member_name Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef member_name As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
#If Win64 Then
Public Declare PtrSafe Function spleis_result_member_population Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef population As LongLong) As Long
Public Declare PtrSafe Function spleis_result_member_amount_ore Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef amount_ore As LongLong) As Long
Public Declare PtrSafe Function spleis_result_total_ore Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef total_ore As LongLong) As Long
#Else
Public Declare PtrSafe Function spleis_result_member_population Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef population As Currency) As Long
Public Declare PtrSafe Function spleis_result_member_amount_ore Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef amount_ore As Currency) As Long
Public Declare PtrSafe Function spleis_result_total_ore Lib "spleis.dll" _
    (ByVal result As LongPtr, ByRef total_ore As Currency) As Long
#End If
Public Declare PtrSafe Function spleis_result_member_amount Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef amount As Double) As Long
Public Declare PtrSafe Function spleis_result_member_limit Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef limit As Long) As Long
Public Declare PtrSafe Function spleis_result_explain_text Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef text As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
Public Declare PtrSafe Function spleis_result_explain_json Lib "spleis.dll" _
    (ByVal result As LongPtr, ByVal index As Long, ByRef json As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long

' --- Options, comparisons and sweeps (ABI 1.2); option 0 is the baseline -----------------
Public Declare PtrSafe Function spleis_scenario_option_count Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef count As Long) As Long
Public Declare PtrSafe Function spleis_scenario_option_name Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByVal index As Long, ByRef option_name As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
Public Declare PtrSafe Function spleis_scenario_solve_option Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef option_name As Byte, ByRef result As LongPtr) As Long
Public Declare PtrSafe Function spleis_scenario_apply_option Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef option_name As Byte) As Long
Public Declare PtrSafe Function spleis_compare Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef comparison As LongPtr) As Long
Public Declare PtrSafe Sub spleis_comparison_free Lib "spleis.dll" (ByVal comparison As LongPtr)
Public Declare PtrSafe Function spleis_comparison_option_count Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByRef count As Long) As Long
Public Declare PtrSafe Function spleis_comparison_option_name Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByVal option_index As Long, ByRef option_name As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
Public Declare PtrSafe Function spleis_comparison_option_result Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByVal option_index As Long, ByRef result As LongPtr) As Long
Public Declare PtrSafe Function spleis_comparison_same_members Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByRef same As Long) As Long
Public Declare PtrSafe Function spleis_comparison_member_count Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByRef count As Long) As Long
Public Declare PtrSafe Function spleis_comparison_find_member Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByRef code_or_name As Byte, ByRef index As Long) As Long
Public Declare PtrSafe Function spleis_comparison_member_code Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByVal member As Long, ByRef code As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
Public Declare PtrSafe Function spleis_comparison_member_name Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByVal member As Long, ByRef member_name As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
Public Declare PtrSafe Function spleis_scenario_sweep Lib "spleis.dll" _
    (ByVal scenario As LongPtr, ByRef parameter As Byte, ByVal from_value As Double, ByVal to_value As Double, _
     ByVal step_size As Double, ByRef sweep As LongPtr) As Long
Public Declare PtrSafe Sub spleis_sweep_free Lib "spleis.dll" (ByVal sweep As LongPtr)
Public Declare PtrSafe Function spleis_sweep_point_count Lib "spleis.dll" _
    (ByVal sweep As LongPtr, ByRef count As Long) As Long
Public Declare PtrSafe Function spleis_sweep_solved_parameter Lib "spleis.dll" _
    (ByVal sweep As LongPtr, ByRef parameter As Byte, ByVal size As LongPtr, ByRef length As LongPtr) As Long
Public Declare PtrSafe Function spleis_sweep_point_problem Lib "spleis.dll" _
    (ByVal sweep As LongPtr, ByVal point As Long, ByRef problem As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
Public Declare PtrSafe Function spleis_sweep_member_count Lib "spleis.dll" _
    (ByVal sweep As LongPtr, ByRef count As Long) As Long
Public Declare PtrSafe Function spleis_sweep_member_code Lib "spleis.dll" _
    (ByVal sweep As LongPtr, ByVal member As Long, ByRef code As Byte, ByVal size As LongPtr, _
     ByRef length As LongPtr) As Long
#If Win64 Then
Public Declare PtrSafe Function spleis_comparison_members_total_ore Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByVal option_index As Long, ByRef total_ore As LongLong) As Long
Public Declare PtrSafe Function spleis_comparison_member_amount_ore Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByVal option_index As Long, ByVal member As Long, ByRef is_member As Long, _
     ByRef amount_ore As LongLong) As Long
Public Declare PtrSafe Function spleis_comparison_member_difference_ore Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByVal option_index As Long, ByVal member As Long, ByRef has_difference As Long, _
     ByRef difference_ore As LongLong) As Long
Public Declare PtrSafe Function spleis_sweep_point Lib "spleis.dll" _
    (ByVal sweep As LongPtr, ByVal point As Long, ByRef swept As Double, ByRef feasible As Long, _
     ByRef solved As Double, ByRef members_total_ore As LongLong) As Long
Public Declare PtrSafe Function spleis_sweep_member_amount_ore Lib "spleis.dll" _
    (ByVal sweep As LongPtr, ByVal point As Long, ByVal member As Long, ByRef amount_ore As LongLong) As Long
#Else
Public Declare PtrSafe Function spleis_comparison_members_total_ore Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByVal option_index As Long, ByRef total_ore As Currency) As Long
Public Declare PtrSafe Function spleis_comparison_member_amount_ore Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByVal option_index As Long, ByVal member As Long, ByRef is_member As Long, _
     ByRef amount_ore As Currency) As Long
Public Declare PtrSafe Function spleis_comparison_member_difference_ore Lib "spleis.dll" _
    (ByVal comparison As LongPtr, ByVal option_index As Long, ByVal member As Long, ByRef has_difference As Long, _
     ByRef difference_ore As Currency) As Long
Public Declare PtrSafe Function spleis_sweep_point Lib "spleis.dll" _
    (ByVal sweep As LongPtr, ByVal point As Long, ByRef swept As Double, ByRef feasible As Long, _
     ByRef solved As Double, ByRef members_total_ore As Currency) As Long
Public Declare PtrSafe Function spleis_sweep_member_amount_ore Lib "spleis.dll" _
    (ByVal sweep As LongPtr, ByVal point As Long, ByVal member As Long, ByRef amount_ore As Currency) As Long
#End If

' --- Spreadsheet entry points: arrays as their first element plus a count ------------------
Public Declare PtrSafe Function spleis_allocate_base_per_inhabitant Lib "spleis.dll" _
    (ByVal budget As Double, ByVal base_amount As Double, ByVal cap As Double, ByRef populations As Double, _
     ByVal n As Long, ByRef amounts As Double, ByRef per_inhabitant As Double, ByRef message As Byte, _
     ByVal message_size As LongPtr) As Long
Public Declare PtrSafe Function spleis_allocate_model Lib "spleis.dll" _
    (ByRef model_yaml As Byte, ByVal budget As Double, ByRef populations As Double, ByVal n As Long, _
     ByRef amounts As Double, ByRef solved As Double, ByRef message As Byte, ByVal message_size As LongPtr) As Long
Public Declare PtrSafe Function spleis_allocate_base_per_inhabitant_ex Lib "spleis.dll" _
    (ByVal budget As Double, ByVal base_amount As Double, ByVal cap As Double, ByVal funding As Double, _
     ByRef populations As Double, ByRef self_funded As Double, ByVal n As Long, ByVal rounding As Double, _
     ByRef amounts As Double, ByRef per_inhabitant As Double, ByRef message As Byte, _
     ByVal message_size As LongPtr) As Long
Public Declare PtrSafe Function spleis_allocate_model_ex Lib "spleis.dll" _
    (ByRef model_yaml As Byte, ByVal budget As Double, ByVal funding As Double, ByRef populations As Double, _
     ByRef self_funded As Double, ByVal n As Long, ByVal rounding As Double, ByRef amounts As Double, _
     ByRef solved As Double, ByRef message As Byte, ByVal message_size As LongPtr) As Long

' --- UTF-8 <-> VBA strings (VBA strings are UTF-16; spleis speaks UTF-8) -------------------
Private Declare PtrSafe Function MultiByteToWideChar Lib "kernel32" (ByVal CodePage As Long, ByVal dwFlags As Long, _
    ByVal lpMultiByteStr As LongPtr, ByVal cbMultiByte As Long, ByVal lpWideCharStr As LongPtr, _
    ByVal cchWideChar As Long) As Long
Private Declare PtrSafe Function WideCharToMultiByte Lib "kernel32" (ByVal CodePage As Long, ByVal dwFlags As Long, _
    ByVal lpWideCharStr As LongPtr, ByVal cchWideChar As Long, ByVal lpMultiByteStr As LongPtr, _
    ByVal cbMultiByte As Long, ByVal lpDefaultChar As LongPtr, ByVal lpUsedDefaultChar As LongPtr) As Long
Private Declare PtrSafe Function lstrlenA Lib "kernel32" (ByVal lpString As LongPtr) As Long
Private Declare PtrSafe Function LoadLibraryW Lib "kernel32" (ByVal lpLibFileName As LongPtr) As LongPtr
Private Const CP_UTF8 As Long = 65001

' Loads spleis.dll from a folder, such as the workbook's: call SpleisLoad(ThisWorkbook.Path) in
' Workbook_Open. Once a DLL called spleis.dll is loaded, Windows gives it to every Declare above,
' wherever Excel itself would look. The path crosses as UTF-16 (StrPtr): Norwegian letters in it work.
Public Function SpleisLoad(ByVal folder As String) As Boolean
    SpleisLoad = LoadLibraryW(StrPtr(folder & "\spleis.dll")) <> 0
End Function

' The text as UTF-8 with its terminating NUL. Pass the array's first element: bytes(0).
Public Function Utf8(ByVal text As String) As Byte()
    Dim size As Long, bytes() As Byte
    size = WideCharToMultiByte(CP_UTF8, 0, StrPtr(text), Len(text), 0, 0, 0, 0)
    ReDim bytes(0 To size)
    If size > 0 Then WideCharToMultiByte CP_UTF8, 0, StrPtr(text), Len(text), VarPtr(bytes(0)), size, 0, 0
    Utf8 = bytes
End Function

' `length` bytes of UTF-8 at `address` as a VBA string.
Public Function FromUtf8(ByVal address As LongPtr, ByVal length As Long) As String
    Dim chars As Long
    If address = 0 Or length = 0 Then Exit Function
    chars = MultiByteToWideChar(CP_UTF8, 0, address, length, 0, 0)
    FromUtf8 = String$(chars, vbNullChar)
    MultiByteToWideChar CP_UTF8, 0, address, length, StrPtr(FromUtf8), chars
End Function

' A NUL-terminated UTF-8 string, such as spleis_context_error returns.
Public Function FromUtf8Z(ByVal address As LongPtr) As String
    If address <> 0 Then FromUtf8Z = FromUtf8(address, lstrlenA(address))
End Function

' --- Sheet functions ---------------------------------------------------------------------
' Each gives a number (or a column) or, on failure, #VALUE! and keeps the message for
' SpleisMessage under the address of the cell (or array) that called it.

Private messages As Object    ' Scripting.Dictionary: caller address -> message
Private lastMessage As String

' The calling cell's (or array formula's) address, "" when a macro calls.
Private Function CallerKey() As String
    On Error Resume Next
    CallerKey = Application.Caller.Address(External:=True)
End Function

' How many cells the calling array formula has, 0 when a macro calls.
Private Function CallerCells() As Long
    On Error Resume Next
    CallerCells = Application.Caller.Cells.Count
End Function

Private Function Fail(ByVal message As String) As Variant
    If messages Is Nothing Then Set messages = CreateObject("Scripting.Dictionary")
    messages(CallerKey()) = message
    lastMessage = message
    Fail = CVErr(xlErrValue)
End Function

Private Sub Succeeded()
    Dim key As String
    key = CallerKey()
    If Not messages Is Nothing Then
        If messages.Exists(key) Then messages.Remove key
    End If
    lastMessage = ""
End Sub

' What went wrong in a spleis cell: =SpleisMessage(D10) ("" when nothing did). Without a
' cell, the message of the last spleis function computed. Giving the cell makes Excel compute
' it first.
Public Function SpleisMessage(Optional ByVal cell As Range) As String
    Dim key As String
    If cell Is Nothing Then
        SpleisMessage = lastMessage
        Exit Function
    End If
    If cell.HasArray Then key = cell.CurrentArray.Address(External:=True) Else key = cell.Address(External:=True)
    If Not messages Is Nothing Then
        If messages.Exists(key) Then SpleisMessage = messages(key)
    End If
End Function

' A relative scenario path is read from the folder the workbook is saved in.
Private Function ScenarioPath(ByVal scenarioFile As String, ByRef problem As String) As String
    Dim folder As String
    If scenarioFile Like "?:\*" Or Left$(scenarioFile, 2) = "\\" Then
        ScenarioPath = scenarioFile
    Else
        On Error Resume Next
        folder = Application.Caller.Parent.Parent.Path
        If Err.Number <> 0 Then folder = ThisWorkbook.Path
        On Error GoTo 0
        If folder = "" Then
            problem = "the scenario path " & scenarioFile & " is relative, but the workbook is not saved yet: " & _
                      "save it beside the scenario's folder, or give the full path"
        ElseIf Left$(folder, 4) = "http" Then
            problem = "the workbook is opened from " & folder & ", a web address: keep it in a local or network " & _
                      "folder beside " & scenarioFile
        Else
            ScenarioPath = folder & "\" & scenarioFile
        End If
    End If
    If problem = "" And Dir(ScenarioPath) = "" Then
        problem = "no scenario file " & ScenarioPath
        If ScenarioPath <> scenarioFile Then problem = problem & " (a relative path is read from the workbook's folder)"
    End If
End Function

' Loads and solves a scenario file: the result (free it with spleis_result_free), or 0 and
' the message in `problem`. `context` is made here; free it with spleis_context_free.
Private Function SolveScenario(ByVal scenarioFile As String, ByRef context As LongPtr, ByRef problem As String) As LongPtr
    Dim scenario As LongPtr, result As LongPtr, path() As Byte, status As Long, full As String
    full = ScenarioPath(scenarioFile, problem)
    If problem <> "" Then Exit Function
    path = Utf8(full)
    status = spleis_context_new(context)
    If status = SPLEIS_OK Then status = spleis_scenario_new(context, scenario)
    If status = SPLEIS_OK Then status = spleis_scenario_load_file(scenario, path(0))
    If status = SPLEIS_OK Then status = spleis_solve(scenario, result)
    spleis_scenario_free scenario
    If status = SPLEIS_OK Then
        SolveScenario = result
    ElseIf context <> 0 Then
        problem = FromUtf8Z(spleis_context_error(context))
    Else
        problem = FromUtf8Z(spleis_error_string(status))
    End If
End Function

' What one member of a scenario pays, in kroner.
Public Function SpleisAmount(ByVal scenarioFile As String, ByVal member As String) As Variant
    Dim context As LongPtr, result As LongPtr, problem As String, who() As Byte, index As Long, amount As Double
    result = SolveScenario(scenarioFile, context, problem)
    If result <> 0 Then
        who = Utf8(member)
        If spleis_result_find_member(result, who(0), index) = SPLEIS_OK Then
            spleis_result_member_amount result, index, amount
        Else
            problem = FromUtf8Z(spleis_context_error(context))
        End If
    End If
    If problem = "" Then
        Succeeded
        SpleisAmount = amount
    Else
        SpleisAmount = Fail(problem)
    End If
    spleis_result_free result
    spleis_context_free context
End Function

' The value the scenario solves for (the rate per inhabitant for Digi Vestland).
Public Function SpleisSolved(ByVal scenarioFile As String) As Variant
    Dim context As LongPtr, result As LongPtr, problem As String, value As Double
    result = SolveScenario(scenarioFile, context, problem)
    If result <> 0 Then
        If spleis_result_solved_parameter(result, 0, 0, 0, value) <> SPLEIS_OK Then
            problem = scenarioFile & " solves for nothing: its rule's amounts stand as they are"
        End If
    End If
    If problem = "" Then
        Succeeded
        SpleisSolved = value
    Else
        SpleisSolved = Fail(problem)
    End If
    spleis_result_free result
    spleis_context_free context
End Function

' The numbers of a range; "" when they are all numbers, else the message. Empty cells are an
' error for populations (they would count as 0 inhabitants) and 0 for self-funded amounts.
Private Function ReadRange(ByVal cells As Range, ByRef values() As Double, ByVal what As String, _
                           ByVal emptyIsZero As Boolean) As String
    Dim i As Long, v As Variant
    ReDim values(0 To cells.Cells.Count - 1)
    For i = 1 To cells.Cells.Count
        v = cells.Cells(i).Value
        If IsEmpty(v) And emptyIsZero Then
            values(i - 1) = 0
        ElseIf IsEmpty(v) Or VarType(v) = vbString Or IsError(v) Or VarType(v) = vbBoolean Then
            ReadRange = "cell " & cells.Cells(i).Address(False, False) & " is not " & what
            Exit Function
        Else
            values(i - 1) = v
        End If
    Next i
End Function

' Shares a budget among rows of populations: a model's YAML text, or "" for base amount plus
' a rate per inhabitant. Fills amounts and solved, or gives the message.
Private Function Share(ByVal modelYaml As String, ByVal budget As Double, ByVal baseAmount As Double, _
                       ByVal cap As Double, ByVal populations As Range, ByVal funding As Double, _
                       ByVal selfFunded As Variant, ByVal rounding As Double, ByRef amounts() As Double, _
                       ByRef solved As Double) As String
    Dim values() As Double, own() As Double, n As Long, status As Long, message(0 To 1023) As Byte, model() As Byte
    Share = ReadRange(populations, values, "a population", False)
    If Share <> "" Then Exit Function
    n = UBound(values) + 1
    If IsMissing(selfFunded) Then
        ReDim own(0 To n - 1)
    ElseIf TypeName(selfFunded) <> "Range" Then
        Share = "self_funded must be a range beside the populations"
        Exit Function
    ElseIf selfFunded.Cells.Count <> n Then
        Share = "self_funded has " & selfFunded.Cells.Count & " cells, the populations " & n & ": give one beside each"
        Exit Function
    Else
        Share = ReadRange(selfFunded, own, "an amount", True)
        If Share <> "" Then Exit Function
    End If
    ReDim amounts(0 To n - 1)
    solved = 0
    If modelYaml = "" Then
        status = spleis_allocate_base_per_inhabitant_ex(budget, baseAmount, cap, funding, values(0), own(0), n, _
                                                        rounding, amounts(0), solved, message(0), UBound(message) + 1)
    Else
        model = Utf8(modelYaml)
        status = spleis_allocate_model_ex(model(0), budget, funding, values(0), own(0), n, rounding, amounts(0), _
                                          solved, message(0), UBound(message) + 1)
    End If
    If status <> SPLEIS_OK Then Share = FromUtf8Z(VarPtr(message(0)))
End Function

' The amounts as a column, or #VALUE! when the array formula has fewer cells than members.
Private Function AmountsColumn(ByRef amounts() As Double) As Variant
    Dim n As Long, i As Long, column() As Variant, cells As Long
    n = UBound(amounts) + 1
    cells = CallerCells()
    If cells > 0 And cells < n Then
        AmountsColumn = Fail("the formula's range has " & cells & " cells, but there are " & n & " members: " & _
                             "select " & n & " cells in a column and enter the formula again")
        Exit Function
    End If
    ReDim column(1 To n, 1 To 1)
    For i = 1 To n
        column(i, 1) = amounts(i - 1)
    Next i
    Succeeded
    AmountsColumn = column
End Function

' Base amount plus a rate per inhabitant, at most cap (0: none), solved to meet the whole budget:
' an array formula over a column as tall as the populations. Optional: external funding, a
' range of self-funded amounts beside the populations (empty or 0: in the split), and the
' rounding unit in kroner (0.01, 1, 100 or 1000; 1 when left out).
Public Function SpleisAllocate(ByVal budget As Double, ByVal baseAmount As Double, ByVal cap As Double, _
                               ByVal populations As Range, Optional ByVal funding As Double = 0, _
                               Optional ByVal selfFunded As Variant, Optional ByVal rounding As Double = 1) As Variant
    Dim amounts() As Double, solved As Double, problem As String
    problem = Share("", budget, baseAmount, cap, populations, funding, selfFunded, rounding, amounts, solved)
    If problem <> "" Then SpleisAllocate = Fail(problem) Else SpleisAllocate = AmountsColumn(amounts)
End Function

' The same under any model, given as YAML text (as in the models folder), e.g. from a cell.
Public Function SpleisAllocateModel(ByVal modelYaml As String, ByVal budget As Double, ByVal populations As Range, _
                                    Optional ByVal funding As Double = 0, Optional ByVal selfFunded As Variant, _
                                    Optional ByVal rounding As Double = 1) As Variant
    Dim amounts() As Double, solved As Double, problem As String
    If modelYaml = "" Then
        problem = "the model is empty: give its YAML text (name, rule, parameters)"
    Else
        problem = Share(modelYaml, budget, 0, 0, populations, funding, selfFunded, rounding, amounts, solved)
    End If
    If problem <> "" Then SpleisAllocateModel = Fail(problem) Else SpleisAllocateModel = AmountsColumn(amounts)
End Function

' The rate per inhabitant SpleisAllocate solves for, with the same arguments.
Public Function SpleisAllocateRate(ByVal budget As Double, ByVal baseAmount As Double, ByVal cap As Double, _
                                   ByVal populations As Range, Optional ByVal funding As Double = 0, _
                                   Optional ByVal selfFunded As Variant, Optional ByVal rounding As Double = 1) As Variant
    Dim amounts() As Double, solved As Double, problem As String
    problem = Share("", budget, baseAmount, cap, populations, funding, selfFunded, rounding, amounts, solved)
    If problem <> "" Then
        SpleisAllocateRate = Fail(problem)
    Else
        Succeeded
        SpleisAllocateRate = solved
    End If
End Function

' The value SpleisAllocateModel solves for, with the same arguments.
Public Function SpleisAllocateSolved(ByVal modelYaml As String, ByVal budget As Double, ByVal populations As Range, _
                                     Optional ByVal funding As Double = 0, Optional ByVal selfFunded As Variant, _
                                     Optional ByVal rounding As Double = 1) As Variant
    Dim amounts() As Double, solved As Double, problem As String
    problem = Share(modelYaml, budget, 0, 0, populations, funding, selfFunded, rounding, amounts, solved)
    If problem <> "" Then
        SpleisAllocateSolved = Fail(problem)
    Else
        Succeeded
        SpleisAllocateSolved = solved
    End If
End Function

' The sum of a SpleisAllocate column, checked against its populations, as SPLEIS.TOTAL in
' LibreOffice: #VALUE! when the ranges differ in size or a cell of the column failed.
Public Function SpleisTotal(ByVal amounts As Range, ByVal populations As Range) As Variant
    Dim i As Long, total As Double, v As Variant
    If amounts.Cells.Count <> populations.Cells.Count Then
        SpleisTotal = Fail("the amounts' range has " & amounts.Cells.Count & " cells, but there are " & _
                           populations.Cells.Count & " populations: give the cells of the array formula, " & _
                           "as tall as the populations")
        Exit Function
    End If
    For i = 1 To amounts.Cells.Count
        v = amounts.Cells(i).Value
        If IsError(v) Or IsEmpty(v) Or VarType(v) = vbString Or VarType(v) = vbBoolean Then
            SpleisTotal = Fail("cell " & amounts.Cells(i).Address(False, False) & " is not an amount: " & _
                               "the array formula failed (SpleisMessage on it says why)")
            Exit Function
        End If
        total = total + v
    Next i
    Succeeded
    SpleisTotal = Round(total, 2)
End Function
